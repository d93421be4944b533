"""An Arabic year after its word for year ("سنة 2024", "عام 2024", "لعام 2024"), the year the item speaks of, dates the
item's days that give none ("من 6 إلى 9 جوان الجاري", this June); not a year counted from ("منذ عام 2019", since),
which tells of another time. Seen in world-hundredtwentyseventh (a notice of the Arab States Broadcasting Union:
"حصيلة النصف الأول من سنة 2009" over "من 6 إلى 9 جوان الجاري"). The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 3, 20)


def _days(body: str) -> list[str]:
    text = f"أخبار الاتحاد\n\nSource: الاتحاد\n\n{body}\n"
    return [f"{e.start:%Y-%m-%d}" for e in extract(text, source="test", reference=_REFERENCE).events]


@pytest.mark.parametrize("said", ["سنة 2024", "عام 2024", "لعام 2024"])
def test_the_year_after_its_word_dates_the_item(said: str) -> None:
    body = (f"يعقد المجلس دورته لتقييم حصيلة {said} وإعداد البرنامج.\n\n"
            "تعقد اللجنة الدائمة اجتماعها من 6 إلى 9 جوان الجاري في تونس.")
    assert _days(body) == ["2024-06-06"]


def test_a_year_counted_from_does_not() -> None:
    body = ("يعقد المجلس دورته لأول مرة منذ عام 2019 لإعداد البرنامج.\n\n"
            "تعقد اللجنة الدائمة اجتماعها من 6 إلى 9 جوان الجاري في تونس.")
    assert _days(body) != ["2019-06-06"]

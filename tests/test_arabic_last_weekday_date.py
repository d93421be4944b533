"""An Arabic date right after "last" and its weekday, "الأحد الماضي 13 يوليو 2025" (last Sunday, 13 July 2025), is
a day gone by, as "13 يوليو الماضي" is: the report of a meeting held, not an event; a date after a weekday with no
"last" ("الأحد المقبل 13 يوليو", next Sunday) stays. (Seen in world-hundredthirtieth: a monetary fund's report of
its Bureau's meeting "الأحد الماضي 13 يوليو 2025", with the Council's next meeting on 17 September 2025.)
Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

REFERENCE = dt.date(2026, 12, 4)


def _days(body: str) -> list[str]:
    text = f"خبر\n\nSource: Example Arab Fund\n\n{body}\n"
    return [str(e.start)[:10] for e in extract(text, source="t", reference=REFERENCE,
                                               default_zone="Asia/Dubai").events]


@pytest.mark.parametrize("body", [
    "عقدت اللجنة الفنية اجتماعها في دبي الأربعاء الماضي 9 يوليو 2025 برئاسة المدير العام.",
    "استضافت الرياض يوم الخميس الماضي، 10 يوليو 2025، ورشة عمل حول الإحصاءات المالية.",
])
def test_a_date_after_last_weekday_is_gone_by(body: str) -> None:
    assert _days(body) == []


def test_the_next_meeting_in_the_same_report_stays() -> None:
    body = ("عقدت اللجنة الفنية اجتماعها في دبي الأربعاء الماضي 9 يوليو 2025، تمهيداً لاجتماعها القادم المقرر في"
            " 20 أكتوبر 2025.")
    assert _days(body) == ["2025-10-20"]


def test_a_date_after_next_weekday_stays() -> None:
    assert _days("تعقد اللجنة الفنية اجتماعها في دبي الأربعاء المقبل 16 يوليو 2025.") == ["2025-07-16"]

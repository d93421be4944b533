"""A Russian date opening a sentence told in the past (issue #10, "not events"): "2 апреля Москва и Минск отметили
годовщину" is history, as "On Feb 14 he warned" and Polish "16 maja szef MON ogłosił" are; the days to come in other
sentences still read. Seen in world-hundredthirtyninth (a parliamentary assembly's item: "2 апреля ... отметили
20-летие" was published as an event); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)
_HEAD = "Сессия собрания\n\nSource: Региональное собрание\n\nОпубликовано 12 марта 2026 года\n\n"


def _days(text: str) -> list[str]:
    return sorted(f"{e.start:%Y-%m-%d}" for e in extract(_HEAD + text, source="test", reference=_REFERENCE).events)


@pytest.mark.parametrize(("sentence", "why"), [
    ("2 марта депутаты двух стран отметили годовщину договора в Минске.\n", "a plural past"),
    ("5 марта в Минске состоялся пленум собрания.\n", "a reflexive singular past"),
    ("3 марта делегации собрались в Минске на консультации.\n", "a reflexive plural past"),
])
def test_an_opening_date_told_in_the_past(sentence: str, why: str) -> None:
    assert _days(sentence) == [], why


def test_the_day_to_come_still_reads() -> None:
    text = ("2 марта депутаты отметили годовщину договора. Следующая сессия собрания пройдёт в Минске 20 марта.\n")
    assert _days(text) == ["2026-03-20"]


def test_an_opening_date_to_come_reads() -> None:
    assert _days("20 марта в Минске пройдёт сессия собрания.\n") == ["2026-03-20"]

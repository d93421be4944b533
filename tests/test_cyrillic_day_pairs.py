"""Two days of one month joined by "and" in Russian, Bulgarian, Serbian or Ukrainian ("25 и 29 апреля", "3 і 10
березня"): the first is a day of the month named after the second, as "on 25 and 29 April" is read; two days in a row
("5 и 6 мая") are one span. Seen in world-hundredseventeenth (a ministry's parade rehearsals "25 и 29 апреля, а также 3
мая, с началом в 22:00": the 25th was lost); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from parsers.dates import find_mentions

_REFERENCE = dt.date(2026, 1, 10)


def _events(text: str) -> list[str]:
    events = extract(text, source="test", reference=_REFERENCE).events
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" if isinstance(e.start, dt.datetime) else f"{e.start}..{e.end}"
                  for e in events)


def test_russian_days_apart_each_get_the_month() -> None:
    text = ("Тренировки оркестра\n\nSource: Гарнизон\n\n10 марта 2025\n\n"
            "Тренировки сводного оркестра состоятся на площади 14 и 18 апреля, а также 2 мая, с началом в 21:00.\n")
    assert _events(text) == ["2025-04-14 21:00", "2025-04-18 21:00", "2025-05-02 21:00"]


def test_ukrainian_pair_with_its_year() -> None:
    days = [(m.kind, m.first) for m in find_mentions("засідання відбудуться 3 і 10 березня 2025 року")]
    assert [(k, (p.day, p.month, p.year)) for k, p in days if p] == [("day", (3, 3, 2025)), ("day", (10, 3, 2025))]


def test_two_days_in_a_row_are_one_span() -> None:
    spans = [(m.first, m.last) for m in find_mentions("совещание пройдет 5 и 6 мая в Москве") if m.kind == "span"]
    assert [(f.day, f.month, last.day) for f, last in spans if f and last] == [(5, 5, 6)]


def test_a_number_not_before_a_day_of_a_month_is_left() -> None:
    # ("5 и 6 участников": counts, no month after them)
    assert [m for m in find_mentions("пришли 5 и 6 участников") if m.kind in ("day", "span")] == []

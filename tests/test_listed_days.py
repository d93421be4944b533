"""Days listed one by one before their month ("3, 10 and 17 March", "12, 13 and 14 May"): days apart are that many
days, days in a row one span; with one time, every listed day at that time, not the first and the last alone.
Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from model import Event
from parsers import extract
from parsers.dates import DayPart, find_mentions

ITEM = """Notice

Source: Riverside District Council

Published: 2 February 2026

{body}
"""


def _events(body: str) -> list[str]:
    events = extract(ITEM.format(body=body), source="list", reference=dt.date(2026, 2, 2)).events
    def said(e: Event) -> str:
        if not e.all_day:
            return f"{e.start:%Y-%m-%d %H:%M}"
        last = e.end - dt.timedelta(days=1) if e.end else e.start
        return f"{e.start:%Y-%m-%d}" + (f" to {last:%Y-%m-%d}" if last != e.start else "")

    return sorted(map(said, events))


@pytest.mark.parametrize(("text", "expected", "why"), [
    ("on 3, 10 and 17 March 2026", [("day", DayPart(3, 3, 2026)), ("day", DayPart(10, 3, 2026)),
                                    ("day", DayPart(17, 3, 2026))], "three days a week apart: three days"),
    ("Tuesday 23, Thursday 25 and Saturday 27 April 2024",
     [("day", DayPart(23, 4, 2024, 1)), ("day", DayPart(25, 4, 2024, 3)), ("day", DayPart(27, 4, 2024, 5))],
     "each day keeps the weekday before it"),
    ("April Tuesday 7, Thursday 16 and Saturday 25, 2026",
     [("day", DayPart(7, 4, 2026, 1)), ("day", DayPart(16, 4, 2026, 3)), ("day", DayPart(25, 4, 2026, 5))],
     "the month first: each day keeps its weekday too"),
    ("on 4, 11 and 18 June", [("day", DayPart(4, 6)), ("day", DayPart(11, 6)), ("day", DayPart(18, 6))],
     "no year: each day has none"),
    ("on 5, 6 and 7 September 2026", [("span", DayPart(5, 9, 2026))], "days in a row: one span, as before"),
])  # fmt: skip
def test_days_listed_before_their_month(text: str, expected: list[tuple[str, DayPart]], why: str) -> None:
    assert [(m.kind, m.first) for m in find_mentions(text) if m.kind in ("day", "span")] == expected, why


@pytest.mark.parametrize(("body", "expected", "why"), [
    ("The inquiry sits on 12, 13 and 14 May 2026 at 10am at the council offices in Bristol.",
     ["2026-05-12 10:00", "2026-05-13 10:00", "2026-05-14 10:00"], "three days in a row, one time: each day"),
    ("Hearings will be held on March 3, 4, 5 and 6, 2026 from 9:30am in Leeds.",
     ["2026-03-03 09:30", "2026-03-04 09:30", "2026-03-05 09:30", "2026-03-06 09:30"], "the month first, too"),
    ("Drop-in sessions: 3, 10 and 17 March 2026, 6pm to 8pm, Leeds Civic Hall.",
     ["2026-03-03 18:00", "2026-03-10 18:00", "2026-03-17 18:00"], "days apart, one time: each day"),
    ("The panel meets on 3, 10 and 17 March 2026 in Leeds.", ["2026-03-03", "2026-03-10", "2026-03-17"],
     "days apart, no time: three days, not one span from the 3rd to the 17th"),
    ("The board meets on 15 and 16 October 2026 at 09:30 in Leeds.", ["2026-10-15 09:30", "2026-10-16 09:30"],
     "two days in a row: both, as before"),
    ("The summit meets on 5, 6 and 7 September 2026 in Leeds.", ["2026-09-05 to 2026-09-07"],
     "days in a row without a time: one event over them"),
    ("The forum is held on 8, 9 and 10 June 2026, opening at 10:00, in Leeds.",
     ["2026-06-08 10:00", "2026-06-09 10:00", "2026-06-10 10:00"],
     "a time told as the opening's is taken for each listed day (its later days noted), not the first alone"),
])  # fmt: skip
def test_one_time_for_listed_days(body: str, expected: list[str], why: str) -> None:
    assert _events(body) == expected, why

"""One moment told on two places' clocks, each named after its time: "10:00 New York local time (19:30 Kabul local
time)" and "8:00 a.m. in Central America / 10:00 a.m. in Dominican R." are one instant, read on the first clock
zones know (world-fortyfifth 2 and 10: the bracket's 19:30 went on New York's clock, and Central America's 8:00 on
Punta Cana's). A bracket or slash whose place is not marked as a clock ("(14:00 Ministry)") is no second clock.
Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """A briefing

Source: Regional Office

{body}
"""

# (body, expected UTC starts, why)
CASES = [
    ("3 March 2031\n\nKABUL - The Council's session on the region opens at 10:00 New York local time (19:30 Kabul "
     "local time), 4 March, and is webcast live.", ["2031-03-04 15:00"], "New York's clock in March, EST"),
    ("The council meets in Punta Cana on May 9, 2031.\n\nAgenda – Friday May 9th, 2031:\n"
     "9:00 a.m. in Central America / 11:00 a.m. in Dominican R. Welcome by the chair\n"
     "9:30 a.m. in Central America / 11:30 a.m. in Dominican R. Report of the president",
     ["2031-05-09 15:00", "2031-05-09 15:30"], "Central America's clock, six hours behind UTC"),
]


@pytest.mark.parametrize(("body", "expected", "why"), CASES)
def test_one_moment_on_two_clocks(body: str, expected: list[str], why: str) -> None:
    events = extract(ITEM.format(body=body), source="office", reference=dt.date(2031, 3, 1),
                     default_zone="UTC").events
    starts = sorted(e.start.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M") for e in events if not e.all_day)
    assert starts == expected, why


def test_a_bracket_naming_no_clock_is_left() -> None:
    body = "On 4 March 2031 the minister speaks at 10:00 Brussels time (14:00 Ministry) on the budget."
    events = extract(ITEM.format(body=body), source="office", reference=dt.date(2031, 3, 1),
                     default_zone="UTC").events
    assert [e.start.astimezone(dt.UTC).strftime("%H:%M") for e in events if not e.all_day] == ["09:00"]


def test_the_summary_drops_both_clocks() -> None:
    body = ("The council meets in Punta Cana on May 9, 2031.\n\nAgenda – Friday May 9th, 2031:\n"
            "9:00 a.m. in Central America / 11:00 a.m. in Dominican R. Remarks by the chair\n"
            "9:30 a.m. in Central America / 11:30 a.m. in Dominican R. Report of the president")
    events = extract(ITEM.format(body=body), source="office", reference=dt.date(2031, 3, 1),
                     default_zone="UTC").events
    summaries = [e.summary for e in events if not e.all_day]
    assert len(summaries) == 2
    assert not any("Dominican R" in s or "Central America" in s for s in summaries), summaries
    assert any("Remarks by the chair" in s for s in summaries), summaries

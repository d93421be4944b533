"""A span said with "between" and a comma before its "and" ("between May 24th, and May 28th, 2031", "between 3 June,
and 6 June") is one span, not its two ends (world-fortyseventh 4: a visit read as two single days). Without "between"
the comma still parts two days of a list. Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = """Visiting fellow

Source: Institute of Marine Studies

{body}
"""


def _days(body: str) -> list[tuple[str, str]]:
    events = extract(ITEM.format(body=body), source="institute", reference=dt.date(2031, 5, 1),
                     default_zone="Europe/Rome").events
    return [(e.start.strftime("%Y-%m-%d"), (e.end - dt.timedelta(days=1)).strftime("%Y-%m-%d")) for e in events
            if e.all_day]


def test_month_first_between_with_a_comma() -> None:
    body = "Prof. Lena Okafor will be at the institute in person between June 9th, and June 13th, 2031."
    assert _days(body) == [("2031-06-09", "2031-06-13")]


def test_day_first_between_with_a_comma() -> None:
    body = "Prof. Lena Okafor will be at the institute in person between 9 June, and 13 June 2031."
    assert _days(body) == [("2031-06-09", "2031-06-13")]


def test_without_between_the_comma_parts_two_days() -> None:
    body = "Prof. Lena Okafor gives public talks at the institute on June 9th, and June 13th, 2031."
    assert _days(body) == [("2031-06-09", "2031-06-09"), ("2031-06-13", "2031-06-13")]

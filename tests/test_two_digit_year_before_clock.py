"""A slashed date with a two-digit year right before a clock time ("08/06/20, 9:00 AM - 10:30 AM").

An event page's date line often writes the day so, with nothing before it; the clock after it is what
makes the numbers a date (alone, "3/4/31" may be a ratio or a score). Texts in our own words.
"""

from __future__ import annotations

import datetime as dt

import pytest

from model import Article
from parsers import extract_articles

_ORG = "Riverton City Clerk in Riverton, MO"


def _starts(body: str) -> list[dt.datetime | dt.date]:
    article = Article(source="t", title="Permit hearings", body=body, url="", published=dt.date(2031, 2, 1),
                      org=_ORG)
    return [e.start for e in extract_articles([article], reference=dt.date(2031, 2, 1)).events]


@pytest.mark.parametrize(("line", "expected", "why"), [
    ("08/06/31, 9:00 AM - 10:30 AM", (2031, 8, 6, 9, 0),
     "a date line: month, day, two-digit year, a comma, then the clock"),
    ("11/19/31 6:00 PM", (2031, 11, 19, 18, 0), "no comma before the clock"),
    ("3/4/31 at 18:30", (2031, 3, 4, 18, 30), "'at' and a 24-hour clock"),
    ("The vote passed 3/4/31 of the members present.", None, "no clock after it: a share, not a date"),
])
def test_a_two_digit_year_date_before_a_clock_is_a_day(line: str, expected: tuple[int, ...] | None, why: str) -> None:
    body = f"{line}\n\nThe permit board hears the requests in the council chamber, in the order of the list below."
    timed = [(s.year, s.month, s.day, s.hour, s.minute) for s in _starts(body) if isinstance(s, dt.datetime)]
    if expected is None:
        assert not timed, why
    else:
        assert expected in timed, why

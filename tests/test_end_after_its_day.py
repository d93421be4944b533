"""A start time, its day, then a clause that ends it ("open at 7 a.m. on 20 February and close at 5 p.m."): the end
is the second time, as it is when the day comes first ("on 20 February at 7 a.m. and close at 5 p.m."), and the title
keeps neither time. An end before the start, or one told in the next sentence, is no end of it. Items in our own
words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Notice to residents

Source: Harbour District Council

Published: 2 February 2031

{body}
"""

# (body, expected start and end (local wall clock), why)
CASES = [
    ("Voting booths in Kumasi open at 6 a.m. on 20 February and close at 6 p.m.", ("06:00", "18:00"),
     "a time, its day, then the close"),
    ("The craft market in Galway opens at 9.30 a.m. on Saturday 15 February, and closes at 4 p.m.",
     ("09:30", "16:00"), "a weekday with the day, a comma before the close"),
    ("The town meeting in Halifax starts at 7 p.m. on 19 February and ends at 9 p.m.", ("19:00", "21:00"),
     "starts ... ends"),
    ("The tasting in Porto opens at 6 p.m. on 21 February. It closes at 9 p.m. on 22 February.", ("18:00", "19:00"),
     "the close told in a sentence of its own, of another day"),
]


@pytest.mark.parametrize(("body", "expected", "why"), CASES)
def test_end_after_its_day(body: str, expected: tuple[str, str], why: str) -> None:
    events = extract(ITEM.format(body=body), source="council", reference=dt.date(2031, 2, 2)).events
    first = events[0]
    assert isinstance(first.start, dt.datetime), why
    assert isinstance(first.end, dt.datetime), why
    assert (f"{first.start:%H:%M}", f"{first.end.astimezone(first.start.tzinfo):%H:%M}") == expected, why
    assert "p.m" not in first.summary, first.summary

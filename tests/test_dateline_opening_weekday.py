"""A weekday right after a news dateline ("FORT WAYNE, Ind. - Saturday brings the start of the season") opens its
sentence as it would without the dateline: the day of what the sentence and the paragraph after it tell. Before, the
dateline kept the weekday from opening the sentence, so the times were read on the item's own day
(world-twentyseventh 4: a zoo's Saturday opening read on the Friday of the stamp). The title leaves the dateline out.
Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Season news

Source: Lakeside Park

Published: 21 April 2023

{body}
"""

# (body, expected (local start, summary) pairs, why)
CASES = [
    ("FORT WAYNE, Ind. - Saturday brings the start of the park's 60th season at 8:30 a.m.",
     [("2023-04-22 08:30", "Event: Brings the start of the park's 60th season")],
     "a weekday after the dateline and its state: Saturday 22 April"),
    ("BOSTON - Tuesday sees the council's budget vote at 7 p.m.",
     [("2023-04-25 19:00", "Event: Sees the council's budget vote")],
     "a town alone in capitals, then a dash"),
    ("RIO DE JANEIRO, BRAZIL - Sunday brings the opening of the new wing.\n\n"
     "A band plays in the square at 10 a.m.",
     [("2023-04-23 10:00", "")],
     "the weekday opening the first sentence dates the time of the paragraph after it"),
    ("Saturday brings the start of the park's 60th season at 8:30 a.m.",
     [("2023-04-22 08:30", "Event: Brings the start of the park's 60th season")],
     "without a dateline, as before"),
]


@pytest.mark.parametrize(("body", "expected", "why"), CASES)
def test_dateline_opening_weekday(body: str, expected: list[tuple[str, str]], why: str) -> None:
    events = extract(ITEM.format(body=body), source="dateline", reference=dt.date(2026, 1, 20),
                     default_zone="UTC").events
    got = sorted((e.start.strftime("%Y-%m-%d %H:%M"), e.summary) for e in events if not e.all_day)
    assert [start for start, _ in got] == [start for start, _ in expected], why
    for (_, summary), (_, wanted) in zip(got, expected, strict=True):
        if wanted:
            assert summary == wanted, why

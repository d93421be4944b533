"""A day in a clause telling who took part in or missed something ("Applicants who missed the workshop of 10 June
2031 are welcome") is a day of the past, no event; the same day told as what happens stays one (world-twentysixth 14:
the past workshop was read as a course). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.dates import find_mentions
from parsers.pastrelative import attended_then

ITEM = """Networks call: webinar for applicants

Source: Lakeside Research Council

Published: 1 August 2031

{sentence}
"""

# (sentence, expected all-day days, why)
CASES = [
    ("Applicants who missed the Networks workshop of 10 June 2031 are particularly welcome.", [],
     "who missed the workshop: it is past"),
    ("Those who attended the meeting on 3 July 2031 need not register again.", [], "who attended: past"),
    ("The Networks workshop is held on 10 September 2031 in the Council's offices.", ["2031-09-10"],
     "the workshop told as what happens: an event"),
    ("The chair will report on the agreement reached when she met the network's leaders on Friday, July 25.", [],
     "a clause of 'when' with its verb in the past (world-thirtyfourth 4): the meeting is past"),
    ("The chair signs the agreement on Friday, 5 September 2031, when the two councils meet in Lakeside.",
     ["2031-09-05"], "'when' with a verb of the present: the day stays an event"),
]


@pytest.mark.parametrize(("sentence", "expected", "why"), CASES)
def test_a_day_someone_took_part_in(sentence: str, expected: list[str], why: str) -> None:
    events = extract(ITEM.format(sentence=sentence), source="part", reference=dt.date(2031, 8, 1),
                     default_zone="UTC").events
    assert [e.start.strftime("%Y-%m-%d") for e in events] == expected, why


def test_attended_then_looks_only_before_the_day() -> None:
    sentence = "The workshop on 10 June 2031 is open to those who attended before."
    day = next(m for m in find_mentions(sentence, "") if m.kind == "day")
    assert not attended_then(sentence, day)

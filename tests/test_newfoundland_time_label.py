""""NT" after a clock is Newfoundland time, as Canada's advisories write it ("from 9:30–10:15 a.m. NT"), and the
Northern Territory's clock where the item's place is Australian ("at 10am NT ... in Darwin"); "NT" elsewhere on a line
("the NT Parliament House") is no label. (Found probing the forms of world-thirtyfourth's family.) Items in our own
words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Media availability

Source: Lakeside Office

Published: 3 March 2031

{sentence}
"""

# (sentence, expected zone, why)
CASES = [
    ("The minister takes questions from 9:30–10:15 a.m. NT on Wednesday, March 5.", "America/St_Johns",
     "NT after a range's meridiem: Newfoundland time"),
    ("The minister takes questions at 10am NT on Wednesday, March 5, in Darwin.", "Australia/Darwin",
     "an Australian place: the Northern Territory's clock"),
    ("The minister takes questions on Wednesday, March 5 at 2pm at the NT Parliament House.", "UTC",
     "NT not after the clock: no label"),
    ("The minister takes questions at 11am Irish time on Wednesday, March 5.", "Europe/Dublin",
     "'Irish time', as Dublin's advisories write it"),
    ("The minister takes questions at 1100hrs (Irish time) on Wednesday, March 5.", "Europe/Dublin",
     "the same in brackets after a clock of hours"),
]


@pytest.mark.parametrize(("sentence", "expected", "why"), CASES)
def test_nt_label(sentence: str, expected: str, why: str) -> None:
    events = extract(ITEM.format(sentence=sentence), source="nt", reference=dt.date(2031, 3, 1),
                     default_zone="UTC").events
    assert [e.timezone for e in events] == [expected], why

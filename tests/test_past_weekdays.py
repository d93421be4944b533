"""A weekday with a clock time, told in the past under a dated stamp ("This Monday at 10am, the minister opened
..."): history, not an event; the same words told of what is to come stay. Each text is our own words."""

from __future__ import annotations

import pytest

from .conftest import listed

STAMP = """River crossing opened

Source: A ministry of transport

Published: Wednesday 10 March 2027

{sentence}
"""


@pytest.mark.parametrize(("sentence", "why"), [
    ("This Monday at 10am, the minister opened the new river crossing before a large crowd.",
     "'This Monday' opening a sentence told in the past"),
    ("On Tuesday at 3 p.m. the regional council voted to name the bridge after an engineer.",
     "the clock time joined to a weekday of history is history too, not the time of the stamp's day"),
    ("At 3 p.m. on Tuesday, the regional council voted to name the bridge after an engineer.",
     "the time first, opening a paragraph as a list line would: still prose about the past"),
    ("The minister opened the new river crossing on Monday at 10am before a large crowd.",
     "a regular past verb before the weekday"),
    ("Last Friday at noon the mayor laid a wreath at the war memorial.", "'last Friday', whatever the verb"),
])  # fmt: skip
def test_a_past_weekday_with_a_time_is_history(sentence: str, why: str) -> None:
    assert listed(STAMP.format(sentence=sentence)) == [], why


@pytest.mark.parametrize(("sentence", "expected", "why"), [
    ("On Monday at 10am the minister will open the new river crossing.", ["2027-03-15 10:00"],
     "told of what is to come: the coming Monday"),
    ("On Monday at 10am, the minister is opening the second lane of the crossing.", ["2027-03-15 10:00"],
     "the present of a plan"),
    ("The ministry scheduled the opening for Monday at 10am.", ["2027-03-15 10:00"],
     "a past verb of planning dates what is to come"),
    ("The minister welcomed the decision and will visit the site on Friday at 2pm.", ["2027-03-12 14:00"],
     "a regular past beside a future: what is to come"),
    ("The council opened the crossing on Monday. The naming ceremony will be held on Friday at 11am.",
     ["2027-03-12 11:00"], "history beside an event to come leaves the event"),
])  # fmt: skip
def test_the_same_words_to_come_stay(sentence: str, expected: list[str], why: str) -> None:
    assert listed(STAMP.format(sentence=sentence)) == expected, why

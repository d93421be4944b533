"""A sitting said not to happen in its own clause ("The committee will not meet on Friday 12 June", "the House does
not sit on Monday"): its event is called off that day, as "will not be held" was; the day it does sit, in the same
sentence, stays one, titled as a calendar would ("meets ..., but does not meet", never "nots meet"). Items in our
own words."""

from __future__ import annotations

import datetime as dt

import pytest

from model import CANCELLED
from parsers import extract
from parsers.presenttense import in_the_present


def _events(sentence: str) -> list[tuple[dt.date, str]]:
    text = f"Sittings\n\nSource: A legislature\n\nPublished 1 March 2027\n\n{sentence}\n"
    events = extract(text, source="house", reference=dt.date(2027, 3, 1)).events
    return sorted((e.first_day, e.summary) for e in events if e.status != CANCELLED)


@pytest.mark.parametrize("sentence", [
    "The committee will not meet on Friday 5 March.",
    "The Assembly does not sit on Friday.",
    "The panel won't convene on Friday 5 March.",
])
def test_a_sitting_said_not_to_happen_is_no_event(sentence: str) -> None:
    assert _events(sentence) == []


def test_the_day_it_does_meet_stays() -> None:
    events = _events("The committee will meet on Thursday 4 March at 10:00, but will not meet on Friday.")
    assert [day for day, _ in events] == [dt.date(2027, 3, 4)]
    assert "nots" not in events[0][1]


@pytest.mark.parametrize(("future", "present"), [
    ("The committee will not meet on Friday", "The committee does not meet on Friday"),
    ("Ministers will not meet", "Ministers do not meet"),
    ("The minister will open the fair and will meet staff", "The minister opens the fair and meets staff"),
])
def test_in_the_present(future: str, present: str) -> None:
    assert in_the_present(future) == present


@pytest.mark.parametrize("sentence", [
    "The committee will meet on Friday 5 March at 10:00 to review bids that do not meet the standards.",
    "Members who are not sitting on the panel will meet on Friday 5 March at 10:00.",
])
def test_a_negation_of_something_else_calls_nothing_off(sentence: str) -> None:
    text = f"Sittings\n\nSource: A legislature\n\nPublished 1 March 2027\n\n{sentence}\n"
    events = extract(text, source="house", reference=dt.date(2027, 3, 1)).events
    assert events
    assert all(e.status != CANCELLED for e in events)


def test_will_not_be_is_not() -> None:
    assert in_the_present("The minister will not be available") == "The minister is not available"

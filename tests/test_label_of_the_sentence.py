"""A zone label given with one time of a sentence holds for its other times that have no label and no place of their
own ("on 12 June at 2pm (BST) and a second one on 19 June at 6pm"); the carried label is noted (found probing a
regulator's webinar notice of world-thirtyfirst's family: the second time took the default clock). Items in our own
words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

from .conftest import REFERENCE

ITEM = "Customer webinars\n\nSource: Water Services Regulator\n\nPublished: 3 June 2031\n\n{body}\n"

# (body, UTC starts, why)
CASES = [
    ("We hold a webinar for customers on 12 June at 2pm (BST) and a second one on 19 June at 6pm.",
     ["2031-06-12 13:00", "2031-06-19 17:00"], "the second time keeps the first's label"),
    ("The call opens on 12 June at 2pm ET and closes with a panel on 19 June at 6pm PT.",
     ["2031-06-12 18:00", "2031-06-20 01:00"], "each time with its own label keeps it"),
]


@pytest.mark.parametrize(("body", "expected", "why"), CASES)
def test_the_sentences_label_holds_for_its_times(body: str, expected: list[str], why: str) -> None:
    events = extract(ITEM.format(body=body), source="labels", reference=REFERENCE).events
    starts = sorted(e.start.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M") for e in events
                    if isinstance(e.start, dt.datetime))
    assert starts == expected, why


def test_the_carried_label_is_noted() -> None:
    body = CASES[0][0]
    events = [e for e in extract(ITEM.format(body=body), source="labels", reference=REFERENCE).events
              if isinstance(e.start, dt.datetime) and e.start.day == 19]
    assert any("given with the sentence's other time" in note for note in events[0].notes)

"""A sentence whose subject is each of a list, "Each State's public review is held from 15:00 to 18:00 ...", "The
public review of each State runs from 15:00 ...", gives the hours of every entry of the list, not one day's event
(world-seventyfirst 14: a racial-discrimination committee's rule gave two events on the day in context). A
particular day in the sentence still makes it that day's; "every team's coach" inside a sentence is no rule.
Sentences in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.recurring import recurring

ITEM = """Panel to hear three governments

Source: Panel of Experts on Water Rights

GENEVA (20 March 2031) – The panel hears Peru (2-3 April), Chile (7-8 April) and Japan (9-10 April).

{rule}
"""


def _timed(rule: str) -> list[str]:
    events = extract(ITEM.format(rule=rule), source="panel", reference=dt.date(2031, 3, 20)).events
    return [f"{e.start:%m-%d %H:%M}" for e in events if not e.all_day]


def test_the_hours_of_each_are_no_event() -> None:
    assert _timed("Each government's hearing is held from 15:00 to 18:00 on its first day.") == []


@pytest.mark.parametrize(("sentence", "rule"), [
    ("each state's public review is held from 15:00 to 18:00 on its first day.", True),
    ("the public review of each state runs from 15:00 to 18:00 and then from 10:00 to 13:00.", True),
    ("the hearing of each party opens at 10:00 on 4 june.", False),  # a particular day: that day's
    ("the network carries interviews with every team's coach from 10:30am.", False),  # one day's show
    ("the members of each other's delegations meet at 10:00.", False),
])
def test_the_sentence_alone(sentence: str, rule: bool) -> None:
    assert recurring(sentence) is rule


@pytest.mark.parametrize("sentence", [
    "The heads of each delegation meet the President at 10:00 tomorrow.",
    "Each country's delegation arrives at the Europa building on Thursday at 10:00.",
])
def test_one_meeting_of_each_delegation_is_an_event(sentence: str) -> None:
    text = f"Summit\n\nSource: A council\n\nBrussels, 12 May 2031\n\n{sentence}\n"
    assert len(extract(text, source="t", reference=dt.date(2031, 5, 12)).events) == 1

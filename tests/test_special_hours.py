"""A place's special or extended hours for a day ("The museum keeps special hours for the open house, 9 a.m. to 4
p.m.") say when it is open, not that something happens then, as opening hours do (world-twentyseventh 3: the museum's
hours on an airport's open-house day were an event beside the open house). The day's event itself stays. Texts of our
own."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.recurring import recurring

REFERENCE = dt.date(2026, 12, 1)


def _starts(body: str) -> list[str]:
    events = extract(f"Open house\n\nSource: Airfield office\n\nPublished: 18 February 2031\n\n{body}\n", source="t",
                     reference=REFERENCE, default_zone="UTC").events
    return sorted(e.start.strftime("%Y-%m-%d %H:%M") if not e.all_day else str(e.start) for e in events)


@pytest.mark.parametrize(("body", "expected", "why"), [
    ("The open house runs from 9 a.m. to 2 p.m. Saturday, March 22. The museum keeps special hours for the open "
     "house, 9 a.m. to 4 p.m.", ["2031-03-22 09:00"], "the museum's special hours are no second event"),
    ("The library has extended hours on Saturday, March 22, from 9 a.m. to 9 p.m.", [], "extended hours"),
    ("The new gallery opens on Saturday, March 22, at 10 a.m. with a ribbon cutting.", ["2031-03-22 10:00"],
     "an opening at an hour stays"),
])
def test_special_hours(body: str, expected: list[str], why: str) -> None:
    assert _starts(body) == expected, why


@pytest.mark.parametrize(("sentence", "habit", "why"), [
    ("the museum keeps special hours for the open house, 9 a.m. to 4 p.m.", True, "special hours"),
    ("the zoo has extended opening hours on saturday", True, "extended opening hours"),
    ("the hearing lasts four hours on saturday, march 22", False, "hours counted, no hours of opening"),
])
def test_which_hours_are_a_place_open(sentence: str, habit: bool, why: str) -> None:
    assert recurring(sentence) is habit, why

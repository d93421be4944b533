"""In an item with no publication date, "held" with what was held and what it was about between it and the days ("The
Committee held public hearings on the operator's application for the Riverside station on April 28-29, May 3-4, and
May 26, 2034") tells days gone by, before the item's newest full date (the hearing it announces), however far the days
stand from "held", when what was held is a series (a plural). Seen in world-hundredfortyfirst (item 7, a notice of an
evidentiary hearing whose background lists the hearings already held). "will hold" and "to be held" stay to come, and
so does one gathering held (world-fifteenth's press forum). Texts in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

NOTICE = """Riverside Generating Station: notice of hearing

Source: A state siting board

BACKGROUND
{sentence}

HEARING
A further hearing on the permit will be held:

TUESDAY, JUNE 15, 2034
Beginning at 2 p.m.
Hearing Room B, 1516 Ninth Street, Sacramento, California
"""


def _starts(sentence: str) -> list[str]:
    events = extract(NOTICE.format(sentence=sentence), source="t", reference=dt.date(2034, 4, 1)).events
    return [f"{e.start:%Y-%m-%d}" for e in events]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Committee held public hearings on the operator's application for the Riverside station on April 28-29, "
     "May 3-4, and May 26, 2034. The record closed then.", ["2034-06-15"]),
    ("The board held three days of workshops about the draft conditions for the plant from May 3 to May 5, 2034.",
     ["2034-06-15"]),
    ("The Committee will hold public hearings on the operator's application for the Riverside station on April 28, "
     "2034.", ["2034-04-28", "2034-06-15"]),
    ("Hearings to be held by the Committee on the operator's application for the station on May 26, 2034 are listed "
     "below.", ["2034-05-26", "2034-06-15"]),
    # one gathering, not a series: a report of it, as world-fifteenth's press forum
    ("The board held its first public forum of the siting season on Wednesday, May 26, 2034, at the Capitol.",
     ["2034-05-26", "2034-06-15"]),
])
def test_held_far_before_its_days(sentence: str, expected: list[str]) -> None:
    assert _starts(sentence) == expected

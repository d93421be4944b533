""""Branch" is a venue after the name of its branch ("Eastside Branch"), not as the first word of a line that says what
happens ("Branch managers present the new catalogue"): that line stays the card's title. Texts in our own words (review
of s51-leftB)."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from parsers.schedule import venue_between


def test_branch_opening_a_line_is_no_venue() -> None:
    assert not venue_between("Branch managers present the new catalogue")
    assert venue_between("Eastside Branch, upstairs")


def test_the_line_under_the_hour_keeps_its_words() -> None:
    card = "SPRING PROGRAMME\nTuesday, March 17, 2026\n2:00 - 3:30 pm\nBranch managers present the new catalogue"
    text = f"Title: Spring at the library\n\nJoin us at the library this spring.\n\n{card}\n"
    events = extract(text, source="t", reference=dt.date(2026, 3, 1)).events
    assert [e.summary for e in events] == ["Branch managers present the new catalogue"]

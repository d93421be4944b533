"""A listing's week ("published the council's public events for the week of May 10 - 14", "its agenda for the week
of 7 - 11 June"): the span names the time the listing covers, whose entries are told one by one; the week itself is
no event (world-hundredfortyninth: a committee's week of hearings published as an event of its own). A week an event
verb governs ("is scheduled for the week of May 10 - 14") stays the event's. Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import starts_of

_REFERENCE = dt.date(2027, 5, 7)


def _starts(body: str) -> list[str]:
    return starts_of(f"Council public schedule\n\nSource: City Council\n\nMay 7, 2027\n\n{body}\n", _REFERENCE)


@pytest.mark.parametrize(("body", "expected", "why"), [
    ("SPRINGFIELD – Council President Ana Ruiz today published the council's public events for the week of "
     "May 10 - 14.\n\nTuesday, May 11\n\nBudget hearing (Open – 10:00am – Room 12)", ["2027-05-11 10:00"],
     "the events' week, and the one hearing with its hour"),
    ("RIVERTON – The board has posted its agenda for the week of May 17 - 21.", [],
     "an agenda's week, nothing held in it named"),
    ("The trade fair is scheduled for the week of May 10 - 14.", ["2027-05-10"],
     "a fair set for that week: the event's own span"),
])  # fmt: skip
def test_a_listings_week_is_no_event(body: str, expected: list[str], why: str) -> None:
    assert _starts(body) == expected, why

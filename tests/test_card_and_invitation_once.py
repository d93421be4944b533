"""A meeting's page that gives its day and hour twice, on the app's card with no zone ("When Wed, Mar 12, 2031 from
7pm to 8:30pm") and in the invitation pasted below it with its clock ("Wed, Mar 12, 2031 7:00 PM - 8:00 PM (EST)"):
one meeting, whatever end each says. Two cards that both label their clock and end apart ("7-9 p.m. ET", "7-8 p.m.
ET") stay two, and so does a programme's row led by its time."""

from __future__ import annotations

import datetime as dt

from parsers import extract


def _starts(body: str) -> list[str]:
    text = f"Zoning Hearing Board\n\nSource: Hillside Township\n\n{body}\n"
    events = extract(text, source="t", reference=dt.date(2031, 2, 20), default_zone="America/New_York").events
    return sorted(e.start.isoformat() for e in events if e.is_timed)


def test_a_card_and_its_pasted_invitation_are_one_meeting() -> None:
    found = _starts("From Hillside Township\nWhen Wed, Mar 12, 2031 from 7pm to 8:30pm\n\nMarch Zoning Hearing Board\n"
                    "Wed, Mar 12, 2031 7:00 PM - 8:00 PM (EST)\nPlease join the meeting from your computer or phone.")
    assert found == ["2031-03-12T19:00:00-04:00"]


def test_two_labelled_cards_with_their_own_ends_stay_two() -> None:
    found = _starts("Recital in the hall, Wednesday, March 12, 2031, 7-9 p.m. ET.\n\n"
                    "Family concert in the garden, Wednesday, March 12, 2031, 7-8 p.m. ET.")
    assert len(found) == 2, found

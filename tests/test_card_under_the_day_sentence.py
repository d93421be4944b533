""""On Wednesday, the head of mission will meet the press" over a card "Venue: ... Conference Room" / "Date: ..." /
"Time: 10:00-11:00" is one press conference, at the card's time (issue #10, "Duplicates": one event however many
times it is announced); a room named "Conference Room" names no conference. The texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract, kinds

_ITEM = ("Media invitation\n\nSource: UN Mission\n\n3 June 2024\n\nOn Wednesday, the head of the mission will meet the"
         " press to present the findings of the survey on returns.\n\nVenue: Mission Conference Room - Airport"
         " Road\n\nDate: Wednesday 5 June 2024\n\nTime: 11:00-12:00\n\nPlease bring a press card.\n")


def test_one_press_conference_at_the_cards_time() -> None:
    events = extract(_ITEM, source="test", reference=dt.date(2026, 12, 6)).events
    assert [(f"{e.start:%Y-%m-%d %H:%M}", e.kind) for e in events] == [("2024-06-05 11:00", kinds.PRESS_CONFERENCE)]


def test_a_conference_room_is_no_conference() -> None:
    assert kinds.classify("Venue: Mission Conference Room - Airport Road") == kinds.EVENT
    assert kinds.classify("at the International Conference Centre") == kinds.EVENT
    assert kinds.classify("The conference opens at 9:00") == kinds.CONFERENCE

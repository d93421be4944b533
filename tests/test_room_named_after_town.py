"""A room named after a town, its kind in lower case ("the Sydney conference room", "the Santa Rosa meeting room"),
is no place of its own (issue #10, "Zone": times with no label are read on the clock of the place they happen in). It
had put a drafting group at a hotel in Auckland on Sydney's clock, as "the Sydney Room" never did. Seen in
world-eightysecond (a daily journal in Guam naming a meeting room after a Philippine town); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 4, 1)


def _zones(text: str) -> list[str]:
    return [str(e.start.tzinfo) for e in extract(text, source="test", reference=_REFERENCE).events
            if isinstance(e.start, dt.datetime)]


def test_a_conference_room_named_after_another_town() -> None:
    text = ("Drafting group schedule\n\nSource: Pacific Fisheries Forum\n\nVenue: Pullman Auckland, Level 2.\n\n"
            "The drafting group meets in the Sydney conference room at 18:00 on 3 May 2026.\n")
    assert _zones(text) == ["Pacific/Auckland"]


def test_a_meeting_room_named_after_another_town() -> None:
    text = ("Bureau meeting\n\nSource: Regional Seas Office\n\nVenue: Hilton Nairobi.\n\n"
            "The Bureau meets in the Mombasa meeting room on 12 June 2026 at 08:00, then in the Kampala press room"
            " on 13 June 2026 at 09:00.\n")
    assert _zones(text) == ["Africa/Nairobi", "Africa/Nairobi"]


def test_the_town_itself_still_gives_its_clock() -> None:
    text = ("Bureau meeting\n\nSource: Regional Seas Office\n\n"
            "The Bureau meets in Kampala on 12 June 2026 at 08:00, at the Serena Hotel.\n")
    assert _zones(text) == ["Africa/Kampala"]

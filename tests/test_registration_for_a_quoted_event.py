"""A registration notice that names its event in quotes, says what it is after a comma and where it is held before its
day ("Registration is now open for "Transforming Science", a symposium held in Brussels and online on 11-12 May
2022"): the day is the event's, not the registration's, as it is for "Registration is open for the seminar on
Tuesday 8 February" (issue #10, "Not events" and their counterpart). A deadline ("register by") still names no event.
Seen in world-hundredthirtyfifth (an academies' federation's symposium, published as nothing); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 3, 1)


def _days(text: str) -> list[dt.date]:
    return [e.start for e in extract(text, source="test", reference=_REFERENCE).events]


def test_a_quoted_name_and_its_place() -> None:
    text = ("Registration open: Oceans symposium\n\nSource: Royal Society of Sciences of Uppland\n\n"
            "Registration is now "
            "open for \"Oceans in Transition\", a symposium held in Uppsala and online on 14-15 May 2026. Marine "
            "scientists from the Baltic countries will meet there.\n")
    assert _days(text) == [dt.date(2026, 5, 14)]


def test_a_quoted_name_without_its_place() -> None:
    text = ("Workshop registration\n\nSource: Institute of Marine Research\n\nSign up now for “Coastal Data Days”, a "
            "workshop taking place on 9 June 2026. Places are limited.\n")
    assert _days(text) == [dt.date(2026, 6, 9)]


def test_a_deadline_is_still_no_event() -> None:
    text = ("Workshop registration\n\nSource: Institute of Marine Research\n\nParticipants must register for "
            "\"Coastal Data Days\", a workshop held in Bergen, by 9 May 2026.\n")
    assert _days(text) == []

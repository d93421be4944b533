"""A legislature's committee cards: the committee's name, its meeting's number, the date, the hours, the room and a
note of how it may be followed ("Standing Committee on Fisheries" / "Meeting 41" / "Tuesday, 5 March 2030" /
"11:00 a.m. to 1:00 p.m." / "Room 228, Valour Building" / "Televised"). The name titles the card: the number line
between it and the date does not wipe it, nor is the note under the room ("In camera", "Webcast") the next card's
name. (Met in our own texts in the style of a parliament's committee schedule.) Texts of our own."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_CARDS = """Committee meetings

Source: Legislative Assembly of Example Province

Standing Committee on Fisheries
Meeting 41
Tuesday, 5 March 2030
11:00 a.m. to 1:00 p.m.
Room 228, Valour Building, 151 Sparks Street
Televised

Standing Committee on Official Languages
Meeting No. 17
Tuesday, 5 March 2030
3:30 p.m. to 5:30 p.m.
Room 110, West Block
In camera
"""


def _titles(text: str) -> list[tuple[str, str]]:
    events = extract(text, source="t", reference=dt.date(2030, 3, 1), default_zone="America/Toronto").events
    return sorted((e.start.astimezone(dt.UTC).strftime("%H:%M"), e.summary) for e in events)


def test_each_card_is_titled_by_its_committee() -> None:
    titles = _titles(_CARDS)
    assert [t for t, _ in titles] == ["16:00", "20:30"]
    assert "Fisheries" in titles[0][1]
    assert "Official Languages" in titles[1][1]


def test_a_note_of_how_to_follow_names_no_card() -> None:
    assert all("Televised" not in s and "In camera" not in s for _, s in _titles(_CARDS))

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


def test_a_line_saying_when_the_list_was_revised_is_no_venue() -> None:
    text = ("Committee calendar, Tuesday 5 March 2030\n\nSource: House of Representatives of Example\n\n"
            "The committees' meetings for the day, from the Committee Affairs Office\n05-March-2030, Tuesday\n"
            "(This list was last revised 04-March-2030, 03:12:44 PM)\n\nCOMMITTEE | TIME | WHERE | WHAT\n"
            "FISHERIES | 09:00 AM | Conference Room 4, North Wing | Hearing on the catch quotas\n")
    events = extract(text, source="t", reference=dt.date(2030, 3, 1), default_zone="Asia/Manila").events
    assert [e.start.astimezone(dt.UTC).strftime("%d %H:%M") for e in events] == ["05 01:00"]
    assert "revised" not in events[0].location

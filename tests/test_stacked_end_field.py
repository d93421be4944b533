"""A card whose field names stand alone over their values, "Beginn:" over "Freitag, 3. März 2028, 09:30" and "Ende:"
over "3. März 2028, 11:00 Uhr" (issue #10, "Layout": field lists): the end's value ends the event above, as "Ende:
..." on one line does, and "Ende:" names no event. Seen in world-ninetyfirst (a treaty secretariat's press-conference
card); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2028, 2, 20)


def _events(text: str) -> list[tuple[str, str, str]]:
    """Each event's start, its end (HH:MM, or "") and the first words of its title."""
    out = []
    for e in extract(text, source="test", reference=_REFERENCE).events:
        end = f"{e.end:%H:%M}" if isinstance(e.end, dt.datetime) and not e.end_estimate else ""
        out.append((f"{e.start:%Y-%m-%d %H:%M}", end, e.summary[:25]))
    return sorted(out)


def test_german_card_with_stacked_fields() -> None:
    text = ("Pressegespräch zur neuen Seilbahn\n\nSource: Verein\n\nOrt:\nGasthof Post\nAdresse:\nDorfplatz 4, "
            "6450 Sölden\nBeginn:\nFreitag, 3. März 2028, 09:30\nEnde:\n3. März 2028, 11:00 Uhr\n")
    events = _events(text)
    assert [(start, end) for start, end, _ in events] == [("2028-03-03 09:30", "11:00")]
    assert not events[0][2].startswith("Ende")


def test_english_card_with_stacked_fields() -> None:
    text = ("Briefing on the harbour plan\n\nSource: Port board\n\nVenue:\nHarbour House, Room 2\nStart:\n"
            "Thursday 9 March 2028, 14:00\nEnd:\n9 March 2028, 15:30\n")
    assert [(start, end) for start, end, _ in _events(text)] == [("2028-03-09 14:00", "15:30")]


def test_end_field_on_one_line_as_before() -> None:
    text = ("Pressegespräch zur neuen Seilbahn\n\nSource: Verein\n\nOrt: Gasthof Post\nBeginn: Freitag, 3. März 2028, "
            "09:30\nEnde: 3. März 2028, 11:00 Uhr\n")
    assert [(start, end) for start, end, _ in _events(text)] == [("2028-03-03 09:30", "11:00")]

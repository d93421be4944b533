"""A row of a speakers' list that opens with the speaker's whole name, a dash, then the row's day ("Louis Rodriguez —
Thursday, May 3, 6 – 7:30 p.m."): the surname is a person's, not the town that shares it (Rodriguez, Rizal), so it
sets neither the event's place nor its clock; a town heading its own row ("Lyon — Thursday, May 7") still does.
Seen in world-hundredthirtyfifth (a public library's lecture series); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _rows(text: str) -> list[tuple[str, str, str]]:
    return sorted((f"{e.start:%Y-%m-%d %H:%M}", e.timezone, e.location)
                  for e in extract(text, source="test", reference=_REFERENCE).events)


def test_surname_opening_a_speakers_row_is_no_town() -> None:
    text = ("Evening talks at the Harbour Library\n\nSource: Harbour Library\n\n"
            "The Harbour Library in Portland, Maine, opens its spring talks.\n\nSpring talks, Main Library:\n\n"
            "  • Karen Whitfield — Tuesday, April 7, 6 – 7:30 p.m. — On rivers and towns\n"
            "  • Louis Rodriguez — Thursday, May 7, 6 – 7:30 p.m.\n"
            "  • Maria Lopez — Thursday, May 14, 6 – 7:30 p.m.\n")
    rows = _rows(text)
    assert [zone for _, zone, _ in rows] == ["America/New_York"] * 3
    assert all("Rodriguez" not in place for _, _, place in rows)


def test_town_heading_its_row_keeps_its_place() -> None:
    text = ("Concert tour announced\n\nSource: Orchestra\n\nThe orchestra announces its tour.\n\nDates:\n\n"
            "  • Lyon — Thursday, May 7, 8 p.m.\n  • Lisbon — Thursday, May 14, 8 p.m.\n")
    assert [(zone, place) for _, zone, place in _rows(text)] == [("Europe/Paris", "Lyon, France"),
                                                                 ("Europe/Lisbon", "Lisbon, Portugal")]

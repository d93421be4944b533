"""A row's place written as a town the gazetteer lacks and its state or province of one clock, "7 p.m. in Duluth,
Minnesota" (issue #10, "Zone"): the state says where the row happens, as a country does after an unknown town
("in Rotorua, New Zealand"), so its clock outranks the place of the row before ("Montreal, Quebec" on Eastern time).
Seen in world-sixtyseventh (a boundary commission's public meetings, one a row, in Canadian and American towns: the
Minnesota meeting was put on Montreal's clock); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 12, 5)


def _zones(text: str) -> list[tuple[int, str]]:
    return [(e.start.day, str(getattr(e.start.tzinfo, "zone", e.start.tzinfo))) for e in
            extract(text, source="test", reference=_REFERENCE).events if isinstance(e.start, dt.datetime)]


def test_a_row_of_an_unknown_town_of_a_one_clock_state_after_a_known_city() -> None:
    text = ("Listening sessions on the river basin\n\nSource: Basin Water Board\n\nPublished September 1, 2025\n\n"
            "The board will hear residents at two listening sessions:\n\n"
            "• Tuesday, September 16 at 6 p.m. in Toronto, Ontario: Metro Hall, Room 308\n"
            "• Thursday, September 18 at 6 p.m. in Fergus Falls, Minnesota: River Inn ballroom\n")
    assert _zones(text) == [(16, "America/Toronto"), (18, "America/Chicago")]




def test_a_province_of_one_clock_after_an_unknown_town_in_a_row() -> None:
    text = ("Town halls on rural broadband\n\nSource: Rural Connectivity Office\n\nPublished June 1, 2025\n\n"
            "- Friday, June 6 at 1 p.m. in Ottawa, Ontario: Shaw Centre\n"
            "- Saturday, June 7 at 1 p.m. in Birch Hollow, Saskatchewan: Community Hall\n")
    assert _zones(text) == [(6, "America/Toronto"), (7, "America/Regina")]

"""A smaller town written right after a street address ("211 W. Aspen Avenue, Flagstaff") is where the building
stands, and its clock is the event's (issue #10, "Zone": a transit board's "1:30 PM" at "200 S. School Street,
Ukiah" was read on the calendar's clock, Brussels, as the gazetteer reads towns under 100,000 only in an
organisation's name). Seen in world-hundredfourth; the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from parsers.addresstowns import towns_after_addresses

_REFERENCE = dt.date(2026, 1, 10)


def _zoned(text: str) -> list[tuple[str, str]]:
    return [(f"{e.start:%Y-%m-%d %H:%M}", str(e.start.tzinfo))
            for e in extract(text, source="test", reference=_REFERENCE).events]


def test_a_town_after_a_street_is_read() -> None:
    assert [(name, town.zone) for _, _, town in towns_after_addresses("Council Chambers, 211 W. Aspen Avenue, "
                                                                      "Flagstaff, at 6 p.m.")
            for name in [town.name]] == [("Flagstaff", "America/Phoenix")]
    assert [town.name for _, _, town in towns_after_addresses("at 18 Main St., Keene.")] == ["Keene"]


def test_a_name_after_a_comma_elsewhere_is_not() -> None:
    assert towns_after_addresses("Chair: Ann Prescott, Flagstaff Arts Council") == []
    assert towns_after_addresses("Room 211, Aspen Hall, Flagstaff") == []
    assert towns_after_addresses("WHERE: 12 Main Street, Annex B") == []  # a part of the building, not Annex, Ontario


def test_the_board_meets_on_the_towns_clock() -> None:
    text = ("Water board meets\n\nSource: Coconino Water Users Board\n\n"
            "The board holds its quarterly meeting at 1:30 PM on March 4, 2026, in the council chambers, "
            "211 W. Aspen Avenue, Flagstaff.\n")
    assert _zoned(text) == [("2026-03-04 13:30", "America/Phoenix")]

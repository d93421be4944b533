""""Official visit to Bulgaria - day 1", "Bulgária, visita oficial (1.º dia)": a short line naming a visit and where
it is sets the place, and so the clock, of the times listed under it until another place is set (world-fortyfirst 4:
a head of state's agenda abroad was read on the clock of the publisher's capital). A line naming a place without a
visit sets nothing. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Agenda of the President

Source: Office of the President, Ruritania

01 June 2036

{first}

09:25
Meeting with students of our language at the university

{second}

17:00
Arrival at the international airport

19:30
Dinner offered by the host President
"""


def _zones(first: str, second: str = "Official visit to Bulgaria - day 1") -> list[str]:
    events = extract(ITEM.format(first=first, second=second), source="office", reference=dt.date(2036, 6, 1),
                     default_zone="Europe/Lisbon").events
    return [e.timezone for e in sorted(events, key=lambda e: e.start)]


@pytest.mark.parametrize(("first", "second"), [
    ("Official visit to Slovenia - day 3", "Official visit to Bulgaria - day 1"),
    ("Eslovénia, visita oficial (3.º dia)", "Bulgária, visita oficial (1.º dia)"),
])
def test_the_times_under_a_visit_are_its_place(first: str, second: str) -> None:
    zones = _zones(first, second)
    assert zones[1:] == ["Europe/Sofia", "Europe/Sofia"]
    assert zones[0] in ("Europe/Ljubljana", "Europe/Lisbon")  # (the Portuguese name of Slovenia is not known)


def test_a_place_without_a_visit_sets_nothing() -> None:
    zones = _zones("Official visit to Slovenia - day 3", "Programme agreed with Bulgaria's protocol office")
    assert zones == ["Europe/Ljubljana"] * 3

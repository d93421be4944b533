"""A state's mission to an international body stands at that body's seat, not in the state (issue #10, "Zone": times
with no label are read on the clock of where they happen): "Permanent Mission of Norway to the UN" is in New York,
"Permanent Representation of Ireland to the EU" in Brussels; a mission "in Geneva" is where it says. The texts are
ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.orghome import home_of


@pytest.mark.parametrize(("org", "town"), [
    ("Permanent Mission of Norway to the UN", "New York City"),
    ("Permanent Mission of Ghana to the United Nations", "New York City"),
    ("Permanent Representation of Ireland to the EU", "Brussels"),
    ("Delegation of Canada to NATO", "Brussels"),
    ("Permanent Mission of Chile to the OSCE", "Vienna"),
    ("Permanent Mission of Kenya to the United Nations in Geneva", "Geneva"),
    ("Permanent Mission of Kenya to the United Nations Office at Nairobi", "Nairobi"),
    ("Permanent Mission of Austria to the United Nations Office and other international organizations at Vienna",
     "Vienna"),
])
def test_home_of_a_mission(org: str, town: str) -> None:
    home = home_of(org)
    assert home is not None
    assert home.name == town


def test_rows_of_a_mission_are_on_the_seats_clock() -> None:
    text = ("Council week\n\nSource: Permanent Mission of Estonia to the UN\n\nThe presidency's programme for the"
            " coming week:\n\nMon 14 Feb   10 am   Briefing on the situation in Mali\n"
            "Wed 16 Feb   3 pm    Consultations on sanctions\n\nUpdated 11 February 2022\n")
    events = extract(text, source="test", reference=dt.date(2026, 12, 6)).events
    assert [f"{e.start:%Y-%m-%d %H:%M %z}" for e in events] == ["2022-02-14 10:00 -0500", "2022-02-16 15:00 -0500"]

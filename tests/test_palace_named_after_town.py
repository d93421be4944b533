"""A palace known by a town's name, its word before the name as Romance languages write it ("Palatul Victoria" in
Bucharest, "Palazzo Venezia" in Rome, "Palacio San Martín" in Buenos Aires), is no town of the event's (issue #10,
"Zone": a Romanian government's rows "la Palatul Victoria" were put on the clock of Victoria, Canada). Seen in
world-hundrednineteenth; the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.places import find_places


@pytest.mark.parametrize("said", [
    "Palazzo Venezia, ore 11: incontro con il ministro",
    "Palácio Vitória, 15h: cerimónia de posse",
    "Palatul Victoria, ora 10.00: ședința de guvern",
])
def test_a_row_opening_with_the_palace_names_no_town(said: str) -> None:
    assert [m.place.display for m in find_places(said)] == []


def test_the_town_alone_is_still_read() -> None:
    assert [m.place.display for m in find_places("la conferencia en Victoria, Canadá")][0] == "Victoria, Canada"


def test_a_government_agenda_at_the_palace_keeps_its_own_clock() -> None:
    text = ("Agenda prim-ministrului\n\nSource: Guvernul României\n\nBucurești, 4 martie 2026\n\n"
            "Palatul Victoria, ora 10.00: ședința de guvern\n")
    events = extract(text, source="test", reference=dt.date(2026, 3, 1)).events
    assert [str(e.start.tzinfo) for e in events] == ["Europe/Bucharest"]

"""A range whose end is said roughly ("10.00 tot ca. 11.30 uur", "von 14 bis etwa 16 Uhr", "de 9 h à environ
11 h") is one range, and "ca." ends no sentence; a Dutch day marked "jl." (jongstleden, last) is gone by and sets no
day for the rows after it. World-seventyseventh item 1 (a parliament's committee row "16.00 tot ca. 17.00 uur" under
a day heading, after a newspaper cited "12 februari jl.") gave two events on the cited day. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.dates import find_mentions


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Financiën: 10.00 tot ca. 11.30 uur - Groen van Prinstererzaal", dt.time(10), dt.time(11, 30)),
    ("Der Workshop läuft von 14 bis etwa 16 Uhr im Rathaus.", dt.time(14), dt.time(16)),
    ("Permanence de 9 h à environ 11 h à la mairie.", dt.time(9), dt.time(11)),
])
def test_a_rough_end_closes_the_range(text: str, start: dt.time, end: dt.time) -> None:
    times = [m for m in find_mentions(text, "dmy") if m.kind == "time"]
    assert [(m.time, m.until) for m in times] == [(start, end)]


ITEM = """Agenda van de Kamer

Source: Een Kamer

woensdag 9 maart 2033

Om 10.15 uur begint de plenaire vergadering.

Eerst een vraag over de brief van de minister (NRC, 4 maart jl.).

COMMISSIES

Financiën: 13.00 tot ca. 14.30 uur - Groen van Prinstererzaal
"""


def test_the_row_keeps_the_day_of_its_heading() -> None:
    events = extract(ITEM, source="kamer", reference=dt.date(2033, 3, 1), default_zone="Europe/Amsterdam").events
    assert sorted(e.start.strftime("%Y-%m-%d %H:%M") for e in events) == ["2033-03-09 10:15", "2033-03-09 13:00"]


def test_a_states_initials_still_end_a_sentence() -> None:
    # "Los Angeles, CA." closes its sentence: only a lower-case "ca." before its figure is circa (found by review)
    from tests.test_notevents import events_of, when
    body = ("Published 3 March 2031\n\nThe Governor flies on 10 March 2031 to Los Angeles, CA. On 11 March 2031 at "
            "10:00 she opens the wildfire summit.")
    found = when(events_of(body, zone="America/Los_Angeles"))
    assert "2031-03-11 17:00" in found
    assert "2031-03-10 17:00" not in found

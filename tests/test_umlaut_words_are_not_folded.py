"""A word with "ä" or "ö" is never looked up in the gazetteer without them (issue #10, "Zones"). Seen in
world-hundredthirtysixth: a German union's strike call sent its marchers to a hotel "in dem ... die Arbeits- und
Sozialministerkonferenz der Länder tagt", and "Länder" (the German states), folded to "Lander", put the Berlin rally on
the clock of Lander, Venezuela. Folding stays for the accents of Portuguese, Spanish and French ("Bogotá" read as the
table's "Bogota"); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from parsers.places import find_places

_REFERENCE = dt.date(2026, 1, 10)


def _names(text: str) -> list[str]:
    return [m.place.name for m in find_places(text)]


def test_the_german_states_are_no_town() -> None:
    assert _names("Die Finanzminister der Länder treffen sich.") == []


def test_a_name_with_its_own_letter_is_still_found_as_written() -> None:
    assert "Malmö" in _names("Das Treffen findet in Malmö statt.")


def test_a_spanish_accent_is_still_folded() -> None:
    assert _names("La reunión será en Bogotá, en la sede.") != []


def test_a_rally_keeps_the_clock_of_its_own_town() -> None:
    text = ("Kundgebung der Beschäftigten\n\nSource: Gewerkschaft\n\n10.02.2026\n\n"
            "Warnstreik in Hamburg am 12.02.2026.\n\n"
            "Gegen 10:30 Uhr beginnt vor dem Rathaus, wo die Konferenz der Länder tagt, eine Kundgebung.\n")
    events = [e for e in extract(text, source="test", reference=_REFERENCE).events if isinstance(e.start, dt.datetime)]
    assert [f"{e.start:%Y-%m-%d %H:%M %Z}" for e in events] == ["2026-02-12 10:30 CET"]

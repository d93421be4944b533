"""Italian writes two days of one month joined by a dash, "il Forum del 22-23 maggio", "22–23 ottobre 2031", as
French writes "les 22-23 mai": the Italian reader read neither day (world-seventyfirst 12: a permanent
representation's note on an OECD Forum "del 22-23 maggio" gave no event for it). A year range ("2011-12") is no span
of days. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.lang_italian import italian_mentions

ITEM = """Settimana dell'OCSE a Parigi

Source: Rappresentanza

Maggio 2031

Prima della riunione ministeriale si terrà il Forum del 20-21 maggio, dedicato alla crescita.
"""


def test_a_dash_span_of_an_item() -> None:
    events = extract(ITEM, source="it", reference=dt.date(2031, 5, 2), default_zone="Europe/Paris").events
    assert [(e.start, e.end) for e in events if e.all_day] == [(dt.date(2031, 5, 20), dt.date(2031, 5, 22))]


@pytest.mark.parametrize(("text", "days"), [
    ("Il convegno del 22-23 maggio si apre alle ore 9.", [(22, 23, 5, None)]),
    ("Il salone si terrà il 30–31 ottobre 2031 a Torino.", [(30, 31, 10, 2031)]),
])
def test_the_span_alone(text: str, days: list[tuple[int, int, int, int | None]]) -> None:
    spans = [m for m in italian_mentions(text) if m.kind == "span"]
    assert [(m.first.day, m.last.day, m.last.month, m.last.year) for m in spans] == days


def test_a_year_range_is_no_span() -> None:
    assert [m for m in italian_mentions("Il bilancio del 2011-12 maggio è stato approvato.") if m.kind == "span"] == []

"""A row whose cells are set apart by middle dots between spaces ("15:00 · Kisumu · Opening of the market"), read as a
row of cells set apart by bars: its town is where the row happens, as "15:00 | Kisumu | ..." is. Noted as left in
note50 (a "·" cell separator lost a row's place). Texts in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_DAY = "Title: This week\n\nThe governor publishes the public events of the week.\n\nTuesday 14 April 2026\n"


def _events(rows: str) -> list[tuple[str, str, str]]:
    events = extract(_DAY + rows, source="t", reference=dt.date(2026, 4, 1)).events
    return [(e.start.strftime("%H:%M"), e.summary, e.location) for e in events]


@pytest.mark.parametrize("dot", ["\u00b7", "|"])
def test_each_row_happens_in_its_own_town(dot: str) -> None:
    rows = f"10:00 {dot} Nairobi {dot} Meeting of the county council\n15:00 {dot} Kisumu {dot} Opening of the market\n"
    assert [location for _, _, location in _events(rows)] == ["Nairobi, Kenya", "Kisumu, Kenya"]


def test_the_cells_are_joined_as_a_bar_row_joins_them() -> None:
    rows = "15:00 \u00b7 Town Hall \u00b7 Council meeting\n"
    assert _events(rows) == _events(rows.replace("\u00b7", "|"))


def test_a_dot_inside_a_cell_stays() -> None:
    """A middle dot with no space on either side is no cell's edge ("Café·Bar")."""
    rows = "15:00 | Opening of the Café·Bar\n"
    assert "Café·Bar" in _events(rows)[0][1]

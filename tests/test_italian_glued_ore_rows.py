"""An Italian agenda's rows glued on one line, each opening with its clock's word ("... (seduta riservata)Ore 16:30,
sala Orologio: ..."), are rows again, and a row opening with "Ore 13," is read on Italian terms, its "Ore" no part of
its title (world-hundredeleventh: Turin's agenda). The texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2025, 12, 1)


def _events(body: str) -> list[tuple[str, str]]:
    text = f"Gli appuntamenti del 9 dicembre 2025\n\nSource: Città di Torino\n\n{body}\n"
    return [(f"{e.start:%H:%M}", e.summary) for e in extract(text, source="test", reference=_REFERENCE).events
            if isinstance(e.start, dt.datetime)]


def test_rows_glued_after_a_bracket() -> None:
    body = ("- Ore 13, sala Capigruppo: si riunisce la commissione bilancio (seduta riservata)Ore 16:30, sala Orologio:"
            " seduta della terza commissione sul piano dei trasporti.")
    assert [start for start, _ in _events(body)] == ["13:00", "16:30"]


def test_a_row_opening_with_its_clock_word_keeps_it_out_of_the_title() -> None:
    body = "Ore 16:30, sala Orologio di Palazzo Civico: seduta della terza commissione."
    assert _events(body) == [("16:30", "Sala Orologio di Palazzo Civico: seduta della terza commissione")]


def test_an_ore_inside_a_sentence_splits_nothing() -> None:
    body = "La commissione si riunisce alle ore 16:30 nella sala Orologio per la seduta sul piano dei trasporti."
    assert [start for start, _ in _events(body)] == ["16:30"]

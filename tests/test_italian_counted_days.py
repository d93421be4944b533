"""Italian days counted from the day in context, "il giorno prima", "il giorno dopo", "l'indomani" (issue #10,
"Dates": relative days), as French "la veille" and Spanish "el día anterior" already were; and "a Ferragosto", the
holiday of 15 August. Seen in world-ninetythird (a minister's Ferragosto: "il 15 agosto a San Luca ... Il giorno
prima, invece, il ministro sarà a Catania: alle 15.30 visiterà ...", then "A Ferragosto Salvini sarà a San Luca alle
9"); the texts are ours."""

from __future__ import annotations

import datetime as dt

from tests.conftest import timed_starts_of

_REFERENCE = dt.date(2026, 1, 10)


def _starts(text: str) -> list[str]:
    return timed_starts_of(text, _REFERENCE)


def test_il_giorno_prima() -> None:
    text = ("La ministra in Puglia\n\nSource: Ministero della Cultura\n\n3 settembre 2025\n\n"
            "La ministra sarà il 20 settembre a Lecce per la riapertura del teatro. Il giorno prima, invece, sarà a "
            "Bari: alle 16.30 visiterà la pinacoteca.\n")
    assert "2025-09-19 16:30" in _starts(text)


def test_l_indomani() -> None:
    text = ("La ministra in Puglia\n\nSource: Ministero della Cultura\n\n3 settembre 2025\n\n"
            "La ministra sarà a Lecce il 20 settembre per la riapertura del teatro. L'indomani, alle 11, inaugurerà "
            "la biblioteca di Brindisi.\n")
    assert "2025-09-21 11:00" in _starts(text)


def test_a_ferragosto_is_15_august() -> None:
    # "A Ferragosto" after a day counted back: the holiday's own day, not the day in context.
    text = ("Il ministro in Calabria\n\nSource: Ministero dell'Interno\n\n9 agosto 2025\n\n"
            "Il giorno prima il ministro sarà a Reggio Calabria: alle 16 incontrerà il prefetto.\n\n"
            "A Ferragosto il ministro sarà a Locri alle 10.\n")
    assert "2025-08-15 10:00" in _starts(text)


def test_until_ferragosto_is_no_day_of_it() -> None:
    text = ("Il ministro in Calabria\n\nSource: Ministero dell'Interno\n\n9 agosto 2025\n\n"
            "Il ministro resterà in Calabria fino a Ferragosto, alle 10 di ogni mattina riunisce i prefetti.\n")
    assert "2025-08-15 10:00" not in _starts(text)

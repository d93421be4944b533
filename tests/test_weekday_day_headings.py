"""A line of a week agenda that holds only a weekday and its day of the month, "QUARTA-FEIRA (9)", "Sexta (11)",
"Jueves 10", "Venerdì 12" (issue #10, "Layout": day headings): the heading of that day's rows, the month in context,
in Portuguese, Spanish and Italian as in English. Seen in world-eightyseventh (Brazilian state assemblies' week
agendas under "SEGUNDA-FEIRA (14)" and "Segunda (27)", an Italian regional council's "Lunedì 23"); the texts are
ours. In a sentence the bracketed day keeps its reading ("o plenário de terça-feira (8)")."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from tests.conftest import timed_starts_of

_REFERENCE = dt.date(2026, 1, 10)


def _starts(text: str) -> list[str]:
    return timed_starts_of(text, _REFERENCE)


def test_portuguese_bracketed_headings() -> None:
    text = ("Semana da Câmara Municipal\n\nSource: Câmara Municipal de Recife\n\nPublicado em 6 de outubro de 2025\n\n"
            "Os vereadores terão uma semana de reuniões de comissões.\n\nQUARTA-FEIRA (8)\n\n"
            "10h – Comissão de Urbanismo – Sala das Comissões\n\nSexta (10)\n\n"
            "15h30 – Comissão de Saúde – Plenarinho\n")
    assert _starts(text) == ["2025-10-08 10:00", "2025-10-10 15:30"]


def test_portuguese_bracketed_headings_under_a_month_only() -> None:
    # Only the month and year at the head: the heading's weekday and day settle the day.
    text = ("Agenda da Assembleia\n\nSource: Assembleia Municipal\n\nOutubro de 2025\n\n"
            "A semana tem audiências públicas nas comissões.\n\nTERÇA-FEIRA (14)\n\n"
            "Às 9h, a Comissão de Finanças recebe o secretário da Fazenda.\n")
    assert _starts(text) == ["2025-10-14 09:00"]


def test_spanish_bare_heading() -> None:
    text = ("Agenda del Concejo\n\nSource: Concejo Municipal de Rosario\n\nPublicado el 6 de octubre de 2025\n\n"
            "Las comisiones del Concejo sesionan esta semana.\n\nJueves 9\n\n"
            "11:30 – Comisión de Presupuesto, sala 2\n")
    assert _starts(text) == ["2025-10-09 11:30"]


def test_italian_bare_heading() -> None:
    text = ("La settimana del Consiglio comunale\n\nSource: Comune di Verona\n\n6 ottobre 2025\n\n"
            "Proseguono i lavori delle commissioni consiliari.\n\nVenerdì 10\n\n"
            "9.30 commissione bilancio, audizione dell'assessore.\n")
    assert _starts(text) == ["2025-10-10 09:30"]


def test_bracketed_day_in_a_sentence_keeps_its_reading() -> None:
    # Not a heading: the weekday in a sentence is still read as before (here it is the 8th all the same).
    text = ("Sessão da Câmara\n\nSource: Câmara Municipal de Natal\n\nPublicado em 6 de outubro de 2025\n\n"
            "Na quarta-feira (8), às 10h, a Câmara vota o orçamento.\n")
    assert _starts(text) == ["2025-10-08 10:00"]


@pytest.mark.parametrize("heading", ["Venerdì, 10", "Venerdì 10"])
def test_italian_heading_with_a_comma(heading: str) -> None:
    """(found by review) "Martedì, 10": a comma between the weekday and its day, as some agendas write it."""
    text = ("La settimana del Consiglio comunale\n\nSource: Comune di Verona\n\n6 ottobre 2025\n\n"
            f"Proseguono i lavori delle commissioni consiliari.\n\n{heading}\n\n"
            "9.30 commissione bilancio, audizione dell'assessore.\n")
    events = extract(text, source="comune", reference=dt.date(2025, 10, 1)).events
    assert [e.start.strftime("%Y-%m-%d %H:%M") for e in events if e.start is not None] == ["2025-10-10 09:30"]


def test_portuguese_heading_with_a_comma() -> None:
    """(found by review) "Segunda-feira, 9" over "10:00 Sessão plenária"."""
    text = ("Agenda da semana\n\nSource: Assembleia Legislativa\n\nPorto Alegre, 6 de março de 2026\n\n"
            "Segunda-feira, 9\n10:00 Sessão plenária\nTerça-feira, 10\n14:00 Reunião da Comissão de Saúde\n")
    events = extract(text, source="assembleia", reference=dt.date(2026, 3, 1)).events
    assert [e.start.strftime("%d %H:%M") for e in events if e.start is not None] == ["09 10:00", "10 14:00"]

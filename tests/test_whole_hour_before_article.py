"""A whole hour after "a las" / "às" followed straight by the sentence's subject with its article ("a las 16 las dos
ministras recorrerán ...", "às 10 o governador visita ...") (issue #10, "Times"): a programme's clock, as River Plate
and Brazilian agendas write it. The Spanish form let a bare hour stand only before punctuation or a few words ("en",
"horas", "de" ...), so these hours were not read at all. Only after "a las" or "às": "de las 5 las más votadas" stays
unread. Seen in world-sixtyninth (a Buenos Aires programme); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 3, 1)


def _times(text: str) -> list[tuple[int, int]]:
    return sorted((e.start.hour, e.start.minute) for e in extract(text, source="test", reference=_REFERENCE).events
                  if isinstance(e.start, dt.datetime))


def test_spanish_hour_before_the_subject() -> None:
    text = ("Agenda de la intendenta\n\nSource: Municipalidad de Rosario\n\njueves 12 de marzo de 2026\n\n"
            "A las 16 las dos ministras recorrerán el nuevo centro cultural del barrio Echesortu.\n")
    assert _times(text) == [(16, 0)]


def test_portuguese_hour_before_the_subject() -> None:
    text = ("Agenda do governador\n\nSource: Governo do Paraná\n\nquarta-feira, 11 de março de 2026\n\n"
            "Às 10 o governador visita a nova escola técnica de Londrina.\n")
    assert _times(text) == [(10, 0)]

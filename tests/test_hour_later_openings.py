"""A sentence that opens with "half an hour later" or "an hour later" ("Media hora después, ...", "Une heure plus
tard, ...", "Meia hora depois, ..."): its event is that long after the clock time told just before it (issue #10,
"Layout": times told from another). Seen in world-ninetyseventh (a Senate's committees: "A las 9 ... Media hora
después se constituirá la Comisión de Presupuesto"); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _starts(text: str) -> list[str]:
    events = extract(text, source="test", reference=_REFERENCE).events
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" for e in events if isinstance(e.start, dt.datetime))


@pytest.mark.parametrize(("sentences", "expected"), [
    ("A las 10:00 la Comisión de Salud recibirá al ministro. Media hora después sesionará la Comisión de Cultura.",
     ["2026-03-04 10:00", "2026-03-04 10:30"]),
    ("À 15 h, la commission des finances entend le ministre. Une heure plus tard, la commission des lois se réunit.",
     ["2026-03-04 15:00", "2026-03-04 16:00"]),
    ("At 9:15 the Health Committee meets. Half an hour later the Transport Committee hears the minister.",
     ["2026-03-04 09:15", "2026-03-04 09:45"]),
    ("Às 14h a Comissão de Educação reúne-se. Meia hora depois, a Comissão de Saúde ouve o secretário.",
     ["2026-03-04 14:00", "2026-03-04 14:30"]),
])
def test_the_later_sentence_is_so_long_after_the_time_before(sentences: str, expected: list[str]) -> None:
    text = f"Agenda del 4 de marzo de 2026\n\nSource: Parlamento\n\nMiércoles 4 de marzo de 2026.\n\n{sentences}\n"
    assert _starts(text) == expected


def test_a_later_sentence_with_its_own_time_keeps_it() -> None:
    text = ("Agenda\n\nSource: Parlamento\n\nMiércoles 4 de marzo de 2026.\n\n"
            "A las 10:00 la Comisión de Salud recibirá al ministro. Una hora después, a las 12:00, sesionará"
            " la Comisión de Cultura.\n")
    assert _starts(text) == ["2026-03-04 10:00", "2026-03-04 12:00"]


def test_an_hour_later_than_planned_is_no_time() -> None:
    text = ("Ceremony\n\nSource: Senado de Ejemplo\n\nThe President of the Senate opens the session on Tuesday "
            "4 March 2031 at 10:00. An hour later than planned, because of the weather, the delegation lands.\n")
    assert all(e.start.hour != 11 for e in extract(text, source="s", reference=dt.date(2031, 3, 1)).events)

"""An entry whose fields come in the order when, where, what: "Hora: 19:00 hrs." / "Lugar: Sala Zitarrosa." /
"Programa: Concierto ..." (issue #10, "Layout"). The time field waits past the where field for the line that says
what happens, and the entry is at that place. Seen in world-hundredsixth (an embassy's month of cultural events under
weekday headings, each entry opening with its hour); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _entries(text: str) -> list[str]:
    """The timed events' starts and summaries."""
    return sorted(f"{e.start:%Y-%m-%d %H:%M} {e.summary}" for e in
                  extract(text, source="test", reference=_REFERENCE).events if isinstance(e.start, dt.datetime))


def test_spanish_when_where_what() -> None:
    text = ("Programa de junio\n\nSource: Embajada de Chile en Uruguay\n\n3 de junio de 2025\n\n"
            "La programación del mes en Montevideo es la siguiente:\n\n"
            "Jueves 12 de junio:\n\nHora: 19:00 hrs.\n\nLugar: Teatro Solís.\n\n"
            "Programa: Recital de poesía de Gabriela Mistral.\n\n"
            "Viernes 20 de junio:\n\nHora: 20:30 hrs.\n\nLugar: Sala Zitarrosa.\n\n"
            "Programa: Concierto de guitarra.\n")
    entries = _entries(text)
    assert [e[:16] for e in entries] == ["2025-06-12 19:00", "2025-06-20 20:30"]
    assert "Recital de poesía" in entries[0]
    assert "Concierto de guitarra" in entries[1]


def test_english_when_where_what() -> None:
    text = ("June programme\n\nSource: Embassy of Kenya in Japan\n\n2 June 2025\n\n"
            "Events in Tokyo this month:\n\nThursday 12 June:\n\nTime: 6:30 pm\n\nVenue: Embassy hall.\n\n"
            "Programme: Screening of a documentary on the Maasai Mara.\n")
    entries = _entries(text)
    assert [e[:16] for e in entries] == ["2025-06-12 18:30"]
    assert "documentary" in entries[0]

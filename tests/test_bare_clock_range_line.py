"""A range of two clocks joined by "a" alone on its line, "09:30 a 14:00", with no "de" before it (issue #10,
"Layout": a programme's card gives a session's hours on a line of their own under its name): one time from the first
clock to the second, in Spanish and Portuguese as "de 09:30 a 14:00" is. Seen in world-eightyseventh (a
constitutional convention's day agenda: each session's "09:30 a 14:00" was read as two clocks, the session ending at
10:30); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _spans(text: str) -> list[tuple[str, str]]:
    return sorted((f"{e.start:%Y-%m-%d %H:%M}", f"{e.end:%H:%M}")
                  for e in extract(text, source="test", reference=_REFERENCE).events
                  if isinstance(e.start, dt.datetime))


def test_spanish_session_hours() -> None:
    text = ("Agenda del Consejo\n\nSource: Consejo Regional\n\nSesiones del martes 12 de mayo de 2026\n\n"
            "Comisión de Hacienda, sesión 14\n10:00 a 13:30\nSala 3\nSe discute el presupuesto regional.\n")
    assert _spans(text) == [("2026-05-12 10:00", "13:30")]


def test_portuguese_session_hours() -> None:
    text = ("Agenda da Câmara\n\nSource: Câmara Municipal\n\nSessões de terça-feira, 12 de maio de 2026\n\n"
            "Comissão de Finanças, reunião 9\n14:00 a 16:30\nSala das Comissões\nDebate sobre o orçamento.\n")
    assert _spans(text) == [("2026-05-12 14:00", "16:30")]


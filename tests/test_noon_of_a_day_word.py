"""French "midi" right after the day it is the noon of, with no preposition: "le lendemain midi", "demain midi",
"lundi midi" (issue #10, "Times"). Noon of that day; "midi" alone after a name ("chez Midi", "le bar Midi") stays no
clock. Seen in world-eightyfourth (a Québec weekly's G7 press conference "le lendemain midi", published as a day with
no time); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 3, 1)


def _starts(body: str) -> list[dt.date | dt.datetime]:
    text = f"Le sommet des régions\n\nSource: L'Écho de Rimouski (Québec)\n\n2 mars 2026\n\n{body}\n"
    return [e.start for e in extract(text, source="test", reference=_REFERENCE).events]


def test_the_next_day_at_noon() -> None:
    found = _starts("Les élus se réunissent à Rimouski le 9 mars. Le point de presse final est prévu le lendemain "
                    "midi.")
    assert any(isinstance(s, dt.datetime) and (s.day, s.hour, s.minute) == (10, 12, 0) for s in found)


def test_tomorrow_at_noon() -> None:
    found = _starts("Le maire inaugurera demain midi la nouvelle bibliothèque de Rimouski.")
    assert [(s.day, s.hour) for s in found if isinstance(s, dt.datetime)] == [(3, 12)]


def test_a_name_is_no_noon() -> None:
    found = _starts("Le jeudi 5 mars, le maire déjeune avec les commerçants au café Le Grand Midi de Rimouski.")
    assert [s for s in found if isinstance(s, dt.datetime)] == []

"""A run told in two clauses: its first day after a verb of opening, its last day after a verb of staying open or
going on, or after how long it lasts: "ouvrira le 13 février ... et restera ouverte pendant 14 jours, jusqu'au 26
février", "se inaugurará el 13 de febrero y permanecerá abierta hasta el 26 de febrero", "aprirà il 13 febbraio e
resterà aperta per due settimane, fino al 26 febbraio", "opens on 13 February and runs for two weeks, until 26
February". One event from the first day to the last, not a single first day (and no deadline on the last). Issue #10,
the forms left by earlier sessions (a French exhibition read as its opening day); the English "opens on ... and runs
until ..." was read already (parsers/extent.py). The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _spans(body: str) -> list[tuple[str, str]]:
    events = extract(f"Exposition\n\nSource: Ville\n\n{body}\n", source="test", reference=_REFERENCE).events
    return sorted((f"{e.start}", f"{e.end}") for e in events)


@pytest.mark.parametrize(("body", "why"), [
    ("L'exposition ouvrira le 13 février au musée et restera ouverte pendant 14 jours, jusqu'au 26 février.",
     "French, with its length"),
    ("L'exposition ouvrira le 13 février au musée et restera ouverte jusqu'au 26 février.", "French"),
    ("La exposición se inaugurará el 13 de febrero y permanecerá abierta hasta el 26 de febrero.", "Spanish"),
    ("La exposición se inaugurará el 13 de febrero y permanecerá abierta durante dos semanas, hasta el 26 de febrero.",
     "Spanish, with its length"),
    ("La mostra aprirà il 13 febbraio e resterà aperta per due settimane, fino al 26 febbraio.", "Italian"),
    ("La mostra aprirà il 13 febbraio e resterà aperta fino al 26 febbraio.", "Italian, no length"),
    ("The exhibition opens on 13 February and runs for two weeks, until 26 February.", "English, with its length"),
    ("The exhibition opens at the museum from 13 February for two weeks, until 26 February.",
     "English, the length alone before the last day"),
])
def test_one_run_from_first_to_last_day(body: str, why: str) -> None:
    assert _spans(body) == [("2026-02-13", "2026-02-27")], why


def test_a_deadline_with_no_opening_stays_a_deadline() -> None:
    """'jusqu'au 26 février' with no day of opening before it is a cut-off, as before."""
    assert _spans("Les habitants peuvent déposer leurs dossiers à la mairie jusqu'au 26 février.") == []

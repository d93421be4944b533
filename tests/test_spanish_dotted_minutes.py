"""Spanish and Portuguese clock times with dotted minutes followed by a word, "a las 9.30 el ministro ..." (issue #10,
"Times"): a River Plate programme writes "a las 14.30" and goes straight on with the sentence's subject. The
language's own form read "a las 9" and took the minutes' dot for the sentence's end, so the event fell half an hour
early with "30" opening its title. Read as 9:30; "a las 16 las dos ..." (a whole hour before a word that is not one
of the clock's) and a decimal after "las" stay as they were. Seen in world-sixtyninth (a day's programme of a state
visit in Buenos Aires); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 3, 1)


def _events(text: str) -> list[tuple[dt.datetime, str]]:
    return [(e.start, e.summary) for e in extract(text, source="test", reference=_REFERENCE).events
            if isinstance(e.start, dt.datetime)]


def test_the_subject_right_after_the_minutes() -> None:
    text = ("Agenda del gobernador\n\nSource: Gobierno de Mendoza\n\nmartes 10 de marzo de 2026\n\n"
            "A las 9.30 el gobernador recorrerá la planta potabilizadora de Luján de Cuyo.\n")
    [(start, summary)] = _events(text)
    assert (start.hour, start.minute) == (9, 30)
    assert not summary.startswith("30")


def test_a_verb_right_after_the_minutes() -> None:
    text = ("Agenda de la intendenta\n\nSource: Municipalidad de Rosario\n\njueves 12 de marzo de 2026\n\n"
            "A las 14.45 inaugurará el nuevo centro de salud del barrio Ludueña.\n")
    assert [(s.hour, s.minute) for s, _ in _events(text)] == [(14, 45)]


def test_portuguese_minutes_before_a_name() -> None:
    text = ("Agenda do governador\n\nSource: Governo do Rio Grande do Sul\n\nquarta-feira, 11 de março de 2026\n\n"
            "Às 10.30 o governador visita a Escola Técnica de Canoas.\n")
    assert [(s.hour, s.minute) for s, _ in _events(text)] == [(10, 30)]


def test_minutes_before_a_comma_unchanged() -> None:
    text = ("Agenda del gobernador\n\nSource: Gobierno de Mendoza\n\nmartes 10 de marzo de 2026\n\n"
            "Por la tarde, a las 17.30, el gobernador recibirá a los intendentes del Valle de Uco.\n")
    assert [(s.hour, s.minute) for s, _ in _events(text)] == [(17, 30)]

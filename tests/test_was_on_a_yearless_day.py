"""A day with no year that a meeting "was" on, the verb right before it ("La reunión fue el lunes 25 de octubre", "A
reunião foi na segunda-feira, 3 de maio"), in an item with no stamp, is history, as a full date told as what happened
already was (issue #10, "Not events": history). It had been published in the guessed year. A day a thing was moved
to ("fue aplazada al lunes 25") and a day told as to come stay events. Seen in world-eightysecond (a Spanish report
of a meeting that took place); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 10, 1)


def _events(text: str) -> list[dt.date | dt.datetime]:
    return [e.start for e in extract(text, source="test", reference=_REFERENCE).events]


def test_fue_el_lunes_is_history() -> None:
    text = ("El alcalde recibe a la junta del puerto\n\nSource: Harbour Watch\n\n"
            "El alcalde recibió a la junta del puerto en el ayuntamiento. La reunión fue el lunes 25 de octubre, al"
            " mediodía.\n\nAmbas partes elogiaron el nuevo muelle.\n")
    assert _events(text) == []


def test_foi_na_is_history() -> None:
    text = ("Prefeito recebe a junta do porto\n\nSource: Harbour Watch\n\n"
            "O prefeito recebeu a junta do porto na prefeitura. A reunião foi na segunda-feira, 3 de maio, às"
            " 10h00.\n")
    assert _events(text) == []


def test_a_day_a_meeting_is_moved_to_stays() -> None:
    text = ("Aplazada la reunión del puerto\n\nSource: Harbour Watch\n\n"
            "La reunión con la junta del puerto fue aplazada al lunes 25 de octubre, a las 10:00, en el"
            " ayuntamiento.\n")
    assert len(_events(text)) == 1


def test_a_day_to_come_after_what_took_place_stays() -> None:
    text = ("Council briefed on the session\n\nSource: Harbour Watch\n\n"
            "The harbour board session will open in Cork on 29 November, the chair said at a briefing that took"
            " place online.\n")
    assert len(_events(text)) == 1

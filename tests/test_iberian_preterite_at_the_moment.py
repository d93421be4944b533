"""A moment a Spanish or Portuguese preterite tells as done (issue #10, "not events"): right after the verb ("La
convocatoria salió pasadas las 16:30 horas de este lunes 15 de enero"), or in a clause of "que" whose verb follows it
("los diputados que el domingo 14 de enero no tomaron posesión"); a verb that sets the day ("fijó el 5 de mayo") and
the days to come in the same sentence still read. Seen in world-hundredthirtyninth (a regional parliament's call,
sent "pasadas las 16:30 horas de este lunes", and its deputies who did not take office "el domingo 14 de enero", were
published as events); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)
_HEAD = "Sesión del consejo\n\nSource: Consejo Regional (Lima)\n\nPublicado el 12 de enero de 2026\n\n"


def _days(text: str) -> list[str]:
    return sorted(f"{e.start:%Y-%m-%d}" for e in extract(_HEAD + text, source="test", reference=_REFERENCE).events)


@pytest.mark.parametrize(("sentence", "why"), [
    ("La citación salió pasadas las 18:30 horas de este lunes 12 de enero, según la secretaría.\n",
     "the verb, 'pasadas', then the moment"),
    ("Los consejeros que el domingo 11 de enero no asistieron a la sesión serán sancionados.\n",
     "a clause of 'que', the verb after the day"),
    ("O conselho aprovou no dia 9 de janeiro o orçamento da comissão.\n", "Portuguese, the verb then 'no dia'"),
])
def test_a_deed_done_is_no_event(sentence: str, why: str) -> None:
    assert _days(sentence) == [], why


def test_a_day_set_by_the_verb_still_reads() -> None:
    text = "La junta fijó el 20 de enero como fecha de la sesión extraordinaria en Lima.\n"
    assert _days(text) == ["2026-01-20"]


def test_the_day_to_come_in_the_same_sentence_reads() -> None:
    text = ("La citación salió pasadas las 18:30 horas de este lunes 12 de enero; los consejeros se reunirán en Lima"
            " el martes 20 de enero.\n")
    assert _days(text) == ["2026-01-20"]


def test_a_plain_future_reads() -> None:
    assert _days("El consejo se reunirá en Lima el martes 20 de enero.\n") == ["2026-01-20"]

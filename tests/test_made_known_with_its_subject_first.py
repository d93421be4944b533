"""A Portuguese or Spanish verb of making known that has its subject first and what it made known after it
("A empresa anunciou uma entrevista coletiva nesta sexta-feira, 6.") does not make the weekday closing the sentence the
day of the telling: only a telling put after what it tells, after a comma ("..., informou a companhia nesta terça-feira,
3.") does. Review of s49-w134 (timeforms._MADE_KNOWN_THEN); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import days_of

_REFERENCE = dt.date(2026, 1, 10)


def _days(text: str) -> list[str]:
    return days_of(text, _REFERENCE)


@pytest.mark.parametrize(("body", "day"), [
    ("Publicado em 3 de março de 2026.\n\nA empresa anunciou uma entrevista coletiva nesta sexta-feira, 6.",
     "2026-03-06"),
    ("Publicado em 3 de março de 2026.\n\nA prefeitura confirmou a audiência pública nesta quinta-feira, 5.",
     "2026-03-05"),
])
def test_a_weekday_made_known_as_the_event_stays(body: str, day: str) -> None:
    assert _days(f"Aviso\n\nSource: Exemplo\n\n{body}\n") == [day]


def test_the_telling_after_a_comma_is_still_no_event() -> None:
    body = ("Publicado em 3 de março de 2026.\n\nA assembleia será no dia 20 de março de 2026, em São Paulo, "
            "informou a companhia na manhã desta terça-feira, 3.")
    assert _days(f"Aviso\n\nSource: Exemplo\n\n{body}\n") == ["2026-03-20"]

"""A Spanish or Portuguese report opens with its day and tells what was done after it ("El 3 de marzo de 2031 se
reunió la Comisión ...", "Em 3 de março de 2031, a comissão aprovou ..."): before the item's date, that day is
history, as "On 3 March the committee met" is. A sentence with a verb to come stays an event (world-hundredtenth:
Colombia's chamber). The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2031, 1, 10)


def _days(stamp: str, sentence: str) -> list[str]:
    text = f"Comisión\n\nSource: Cámara de Representantes de Colombia, Bogotá\n\n{stamp}\n\n{sentence}\n"
    return [f"{e.start:%Y-%m-%d}" for e in extract(text, source="test", reference=_REFERENCE).events]


@pytest.mark.parametrize("sentence", [
    "El 3 de marzo de 2031 se reunió la Comisión Primera para debatir el proyecto de ley de tierras.",
    "Em 3 de março de 2031, a comissão de finanças aprovou o parecer sobre o orçamento municipal.",
])
def test_a_day_told_as_done_before_the_items_date(sentence: str) -> None:
    assert _days("Publicado el 10 de marzo de 2031", sentence) == []


@pytest.mark.parametrize("sentence", [
    "El 13 de marzo de 2031 se reunirá la Comisión Primera para debatir el proyecto de ley de tierras.",
    "El 3 de marzo de 2031 el presidente visitará la obra del hospital, con los concejales del distrito.",
])
def test_a_day_told_as_to_come_stays(sentence: str) -> None:
    assert len(_days("Publicado el 1 de marzo de 2031", sentence)) == 1

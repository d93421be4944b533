"""The day a Portuguese or Spanish sentence says an event was at one point set for, then put off, with no new day
("chegou a ser fixada para o sábado, 22 de novembro, mas foi adiada", "llegó a fijarse para el sábado 20 de
diciembre, pero fue aplazado") is set aside, as English "was at one point set for Saturday, November 22, but was
postponed" already is: a day once set and dropped is no event. Seen in a space agency's launch notice
(world-hundredthirtythird 3). A day set and not dropped stays. The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract


def _days(title: str, org: str, body: str) -> list[str]:
    text = f"{title}\n\nSource: {org}\n\n{body}\n"
    return sorted(f"{e.start:%Y-%m-%d}" for e in extract(text, source="test", reference=dt.date(2031, 11, 3)).events)


@pytest.mark.parametrize("body", [
    "Publicado em 3 de novembro de 2031\n\nA inauguração da ponte chegou a ser marcada para o sábado, 15 de novembro, "
    "mas foi adiada para permitir obras na cabeceira.",
    "Publicado em 3 de novembro de 2031\n\nA votação chegou a ser fixada para a quinta-feira, 13 de novembro, mas "
    "acabou cancelada pela mesa diretora.",
    "Publicado el 3 de noviembre de 2031\n\nLa inauguración del puente llegó a fijarse para el sábado 15 de noviembre, "
    "pero fue aplazada.",
    "Publicado el 3 de noviembre de 2031\n\nLa votación llegó a estar programada para el jueves 13 de noviembre, pero "
    "se suspendió a pedido de la oposición.",
])
def test_a_day_once_set_then_dropped(body: str) -> None:
    assert _days("Nova data", "Câmara Municipal", body) == []


def test_a_day_set_and_kept_stays() -> None:
    body = ("Publicado em 3 de novembro de 2031\n\nA inauguração da ponte foi marcada para o sábado, 15 de novembro, "
            "e contará com a presença do prefeito.")
    assert _days("Nova data", "Câmara Municipal", body) == ["2031-11-15"]

"""A day of the month called the coming one, with no month: "la sesión ordinaria del 25 próximo", "el próximo 25 en
Lima", "no próximo dia 25" (issue #10, "Dates"): the next such day from the item's, as "el día 25" already is. Seen in
world-hundredthirtyninth (a regional parliament's "la sesión ordinaria del 25 próximo" was not read); the texts are
ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)
_HEAD = "Sesión regional\n\nSource: Consejo Regional\n\nPublicado el 9 de marzo de 2026\n\n"


def _days(text: str) -> list[str]:
    return sorted(f"{e.start:%Y-%m-%d}" for e in extract(_HEAD + text, source="test", reference=_REFERENCE).events)


@pytest.mark.parametrize(("sentence", "why"), [
    ("Los consejeros están citados a la sesión ordinaria del 25 próximo, en la sede de Lima.\n",
     "the day, then 'próximo'"),
    ("La asamblea de la comisión se reunirá el próximo 25 en Lima.\n", "'próximo', then the day"),
    ("A assembleia da comissão reúne-se no próximo dia 25 em Maputo.\n", "Portuguese 'no próximo dia'"),
])
def test_the_coming_day_of_the_month(sentence: str, why: str) -> None:
    assert _days(sentence) == ["2026-03-25"], why


def test_a_next_day_in_the_next_month() -> None:
    text = "Los consejeros están citados a la sesión ordinaria del 5 próximo, en la sede de Lima.\n"
    assert _days(text) == ["2026-04-05"]


@pytest.mark.parametrize("sentence", [
    "Se celebrará el próximo 25 aniversario de la ley de aguas.\n",  # a count, not a day
    "Los 25 próximos años serán decisivos para la región.\n",  # years to come
])
def test_counts_are_no_days(sentence: str) -> None:
    assert _days(sentence) == []


def test_a_whole_date_keeps_its_month() -> None:
    assert _days("El congreso se abrirá el próximo 25 de abril en Lima.\n") == ["2026-04-25"]

"""A whole hour after "a las" or "às", then whom the subject meets: "verá a las 13 a los miembros", "se reúne a las 11
con el gobernador", "às 10 com o prefeito" (issue #10, "Layout"). A bare whole hour is read only where what follows
shows it is a clock (a comma, "horas", the subject with its article); a preposition and its article do too. Seen in
world-seventyninth (an Argentine day agenda, "... verá a las 13 a los miembros del Comité Ejecutivo ..."); the texts
are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers.dates import find_mentions


@pytest.mark.parametrize(("text", "hour"), [
    ("La intendenta recibirá a las 16 a los vecinos del barrio Norte.", 16),
    ("El ministro se reúne a las 11 con el gobernador de Salta.", 11),
    ("La secretaria atenderá a las 18 al consejo de directores.", 18),
    ("O governador recebe às 15 os prefeitos e às 17 com os deputados.", 17),
])
def test_a_whole_hour_before_a_preposition_and_its_article(text: str, hour: int) -> None:
    assert dt.time(hour) in [m.time for m in find_mentions(text, "dmy") if m.kind == "time"]


def test_a_count_after_a_is_no_clock() -> None:
    """"a las 13 a 15 personas" is no clock followed by whom: no article after the preposition."""
    assert [m for m in find_mentions("Se esperaba a las 13 a 15 personas.", "dmy") if m.kind == "time"] == []

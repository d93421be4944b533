""""Centroamérica" after a time's comma, opening the clause after it ("a las 9:00 a.m., Centroamérica y el Caribe
presentarán sus planes"), is the clause's subject, not the Central American clock: a Colombian ministry's forum stays
on Bogotá's (issue #10, "Zones"). The region's name alone is a clock where it ends the phrase ("9:00 a.m.
Centroamérica."). The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _zones(said: str) -> list[str]:
    text = (f"Foro virtual\n\nSource: Ministerio de Comercio de Colombia\n\nBogotá, 10 de marzo de 2026\n\n"
            f"El foro virtual inicia el 12 de marzo de 2026 {said}\n")
    return [str(e.start.tzinfo) for e in extract(text, source="test", reference=_REFERENCE).events
            if isinstance(e.start, dt.datetime)]


def test_the_subject_after_the_comma_is_no_clock() -> None:
    assert _zones("a las 9:00 a.m., Centroamérica y el Caribe presentarán sus planes de comercio.") \
        == ["America/Bogota"]


@pytest.mark.parametrize("said", ["a las 9:00 a.m. Centroamérica.", "a las 9:00 a.m. (hora de Centroamérica)."])
def test_the_clock_named_stays(said: str) -> None:
    assert _zones(said) == ["America/Guatemala"]

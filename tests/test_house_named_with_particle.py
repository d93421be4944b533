"""A house named with its particle ("Casa del Pueblo", "Casa de Portugal", "Maison de Savoie") is a building, not the
town its last word names: a union's assembly "en la Casa del Pueblo" had been put in Pueblo, Colorado, on its clock.
Seen by the p51 page set's builder in a text of its own. The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 3, 1)


def _zones(line: str) -> list[tuple[str, str]]:
    text = f"Convocatoria\n\nSource: Sindicato provincial\n\n{line}\n"
    return [(e.timezone, e.location) for e in extract(text, source="test", reference=_REFERENCE).events]


@pytest.mark.parametrize("line", [
    "La asamblea será el jueves 12 de marzo a las 17:00 en la Casa del Pueblo.",
    "A receção será na quinta-feira, 12 de março, às 17:00, na Casa de Portugal.",
    "La réunion aura lieu le jeudi 12 mars à 17 h à la Maison de Savoie.",
])
def test_the_house_names_no_town(line: str) -> None:
    assert [location for _, location in _zones(line)] == [""]


def test_the_town_after_the_house_still_counts() -> None:
    assert _zones("La asamblea será el jueves 12 de marzo a las 17:00 en la Casa del Pueblo de Madrid.") == [
        ("Europe/Madrid", "Madrid, Spain")]


def test_a_town_alone_still_counts() -> None:
    assert _zones("La asamblea será el jueves 12 de marzo a las 17:00 en Pueblo.")[0][0] == "America/Denver"

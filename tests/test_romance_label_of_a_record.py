"""A Romance label that names a sitting heads its line only when the sitting's noun heads the label ("Prochaine
séance plénière :", "Próxima sesión ordinaria:"); when the noun is the complement of another ("Compte rendu de
séance :", "Acta de la sesión ordinaria:", "Resumen de la sesión:", "Verbale della seduta:"), the label names a
record of the sitting, most often of one gone by, and the line stays a date line. The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 4, 20)


def _starts(line: str) -> list[str]:
    text = f"Actualité\n\nSource: Mairie\n\nPublié le 20 avril 2026\n\n{line}\n"
    return [f"{e.start:%Y-%m-%d}" for e in extract(text, source="test", reference=_REFERENCE).events]


@pytest.mark.parametrize("line", [
    "Compte rendu de séance : lundi 13 avril 2026",
    "Acta de la sesión ordinaria: martes 14 de abril de 2026",
    "Resumen de la sesión: martes 14 de abril de 2026",
    "Verbale della seduta: martedì 14 aprile 2026",
])
def test_record_of_a_sitting_is_no_event(line: str) -> None:
    assert _starts(line) == []


@pytest.mark.parametrize("line", [
    "Prochaine séance plénière : mardi 12 mai 2026",
    "Próxima sesión ordinaria: martes 12 de mayo de 2026",
    "Prossima seduta del Consiglio: martedì 12 maggio 2026",
])
def test_sitting_heading_its_label_stays(line: str) -> None:
    assert _starts(line) == ["2026-05-12"]

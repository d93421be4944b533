"""Two capitals after a comma are a state's postal code only where a town's name stands before the comma ("Houma,
LA"); after a lower-case word they are a word of the sentence in capitals, as Spanish writes a body's name in a
citation ("... en sesión extraordinaria, LA CÁMARA DE REPRESENTANTES", "Se comunica, AL PÚBLICO", "convocada, DE
ACUERDO con ..."). world-sixtyfourth item 2 (a citation of Uruguay's Cámara de Representantes) showed it: "LA" was
read as Louisiana and the sitting's "a la hora 15" put on Chicago's clock, not Montevideo's. Each text is our own
words."""

from __future__ import annotations

import pytest

from parsers import extract

from .conftest import REFERENCE

NOTICE = """{title}

Source: {source}

{body}
"""


def _starts(title: str, source: str, body: str) -> list[str]:
    events = extract(NOTICE.format(title=title, source=source, body=body), source="codes",
                     reference=REFERENCE).events
    return sorted(f"{e.start:%Y-%m-%d %H:%M %z}" for e in events if not e.all_day)


@pytest.mark.parametrize(("title", "source", "body", "expected"), [
    ("Citación: Comisión de Hacienda", "Cámara de Senadores, Uruguay",
     "Montevideo, 2 de marzo de 2027.\n\nPor resolución de la Presidencia, LA COMISIÓN DE HACIENDA se reunirá "
     "el próximo martes 9, a la hora 10, en la Sala 2.",
     ["2027-03-09 10:00 -0300"]),
    ("Audiencia pública sobre el presupuesto", "Honorable Cámara de Senadores, Paraguay",
     "Asunción, 1 de marzo de 2027.\n\nSe comunica, AL PÚBLICO EN GENERAL, que la audiencia pública se realizará "
     "el jueves 11 de marzo de 2027, a las 9:00 horas, en el Salón Auditorio.",
     ["2027-03-11 09:00 -0300"]),
    ("Sesión del Consejo", "Ministerio de Relaciones Exteriores, República Dominicana",
     "Santo Domingo, 3 de marzo de 2027.\n\nLa sesión del Consejo fue convocada, DE ACUERDO con el reglamento, "
     "para el viernes 12 de marzo de 2027 a las 10:00 horas en la Cancillería.",
     ["2027-03-12 10:00 -0400"]),
])
def test_capitals_after_a_word_are_no_state(title: str, source: str, body: str, expected: list[str]) -> None:
    assert _starts(title, source, body) == expected


def test_a_code_after_a_town_is_still_a_state() -> None:
    """After a town's name the same two capitals name the state, and its clock."""
    body = ("The public hearing is held at the parish courthouse, Houma, LA, on Tuesday 9 March 2027 at 10 a.m.")
    assert _starts("Public hearing", "Coastal Protection Board", body) == ["2027-03-09 10:00 -0600"]


def test_a_code_before_its_zip_code_is_still_a_state() -> None:
    """After a lower-case word, two capitals before a ZIP code are a state's code in an address ("downtown, LA
    70360")."""
    body = ("The public hearing is held on Tuesday 9 March 2027 at 6 p.m. at the county courthouse in downtown, "
            "LA 70360.")
    assert _starts("Public hearing", "Coastal Protection Board", body) == ["2027-03-09 18:00 -0600"]

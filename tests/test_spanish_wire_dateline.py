"""A Spanish or Portuguese wire's dateline with no year, its month cut short or not and a full stop before its dash,
"Montevideo, 12 mar (EFE).-", "Lima, 5 de junio (EFE).-", "Lisboa, 3 mai (Lusa) -": it dates the story, and the
weekday the story gives its day ("este martes") settles the year, the latest that fits. A "24 mar" in running text
is left alone. (Seen in world-hundredthirtieth: a summit's "hacia las 17:00 horas (20:00 GMT)" under "Buenos Aires,
24 ene (EFE).-" came to nothing.) Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from model import Article
from parsers import extract
from parsers.wiremonths import article_with_wire_months

REFERENCE = dt.date(2026, 12, 4)


def _starts(body: str, zone: str) -> list[str]:
    text = f"Nota\n\nSource: Example Forum, via EFE\n\n{body}\n"
    return [str(e.start) for e in extract(text, source="t", reference=REFERENCE, default_zone=zone).events]


@pytest.mark.parametrize(("body", "zone", "start"), [
    ("Montevideo, 12 mar (EFE).- Los cancilleres del foro se reúnen este martes en Montevideo. Al cierre, hacia"
     " las 18:00 horas (21:00 GMT), habrá una rueda de prensa.", "America/Montevideo", "2024-03-12 18:00:00-03:00"),
    ("Quito, 14 feb (EFE).- El canciller escribió este martes en una red social que la cumbre es urgente.\n\nHacia"
     " las 16:00 horas (21:00 GMT) habrá una rueda de prensa.", "America/Guayaquil", "2023-02-14 16:00:00-05:00"),
    ("Lima, 5 de junio (EFE).- El consejo del foro sesiona este miércoles en Lima. Hacia las 12:00 horas (17:00"
     " GMT) se leerá la declaración final.", "America/Lima", "2024-06-05 12:00:00-05:00"),
    ("Lisboa, 3 mai (Lusa) - Os ministros reúnem-se esta sexta-feira em Lisboa. Às 15:00 horas haverá uma"
     " conferência de imprensa.", "Europe/Lisbon", "2024-05-03 15:00:00+01:00"),
])
def test_the_wire_dateline_dates_the_story(body: str, zone: str, start: str) -> None:
    assert _starts(body, zone) == [start]


def test_a_cut_month_in_running_text_is_left_alone() -> None:
    article = Article(source="t", title="Nota", body="El barco zarpó con 24 mar (EFE) de fondo.")
    assert article_with_wire_months(article).body == article.body

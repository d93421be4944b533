"""A Portuguese or Spanish wire's dateline whose month is cut and capitalised ("Mindelo, 14 Set (Inforpress) –") or
written out with no "de" ("Maputo, 9 Dezembro (Lusa) -"), opening the story under a month stamp ("Publicado em
setembro de 2019"): the dateline gives the day and the stamp the year, so the story's weekday ("na sexta-feira")
is counted from it. A cut month in running text, or on a line below the story's prose, is left alone. (Seen in
world-hundredthirtyeighth: a minister's decoration "na quarta-feira" under "Cidade da Praia, 21 Ago (Inforpress)"
and "Publicado em agosto de 2018" came to nothing.) Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from model import Article
from parsers import extract
from parsers.wiremonths import article_with_wire_months

REFERENCE = dt.date(2026, 12, 4)


def _days(body: str, zone: str) -> list[str]:
    text = f"Nota\n\nSource: Example Ministry, via Inforpress\n\n{body}\n"
    return [str(e.start)[:10] for e in extract(text, source="t", reference=REFERENCE, default_zone=zone).events]


@pytest.mark.parametrize(("body", "zone", "day"), [
    ("Publicado em setembro de 2019\n\nMindelo, 14 Set (Inforpress) – A ministra da Cultura vai inaugurar na"
     " sexta-feira a nova biblioteca municipal, informou o seu gabinete.", "Atlantic/Cape_Verde", "2019-09-20"),
    ("Publicado em dezembro de 2021\n\nMaputo, 9 Dezembro (Lusa) - O governador visita na segunda-feira as obras"
     " da nova ponte sobre o rio, segundo uma nota do governo provincial.", "Africa/Maputo", "2021-12-13"),
    ("Publicado em agosto de 2016\n\nPor Redação\n\nBissau, 3 AGO (Lusa) - O primeiro-ministro recebe na"
     " quinta-feira os parceiros do plano de investimentos.", "Africa/Bissau", "2016-08-04"),
])
def test_the_dateline_under_a_month_stamp_dates_the_story(body: str, zone: str, day: str) -> None:
    assert _days(body, zone) == [day]


@pytest.mark.parametrize("body", [
    "Publicado em maio de 2020\n\nO navio partiu da ilha com a tripulação completa e uma carga de sal para o"
    " continente.\n\nSal Rei, 24 Mar (Inforpress) – texto arquivado.",
    "A frota, 21 Mar (foto) de fundo, atravessa o canal.",
])
def test_a_cut_month_away_from_the_story_s_opening_is_left_alone(body: str) -> None:
    article = Article(source="t", title="Nota", body=body)
    assert article_with_wire_months(article).body == article.body

"""A place named after "against" in Spanish, Portuguese, French, German or Italian ("contra", "contre", "gegen",
"contro") is the side of a quarrel or a match, not where anything happens, as after English "against": an Argentine
daily's rally story named a person, "contra Milagro", whose name is a town of Ecuador, and its rally at the courts was
put on Ecuador's clock (pages-p27, pagina12.com.ar); now the site's own country's. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from model import Article
from parsers import article_events
from parsers.placeindex import place_named
from parsers.placeroles import role

BODY = ("Los gremios se concentrarán este jueves 5 de mayo de 2022 a las 17 horas frente a los tribunales para "
        "reclamar por la persecución contra Milagro y sus compañeros.")


def test_the_rally_keeps_its_sites_clock() -> None:
    article = Article(source="t", title="Concentración frente a los tribunales", body=BODY,
                      url="https://www.diario.example.com.ar/nota/1", published=dt.date(2022, 5, 4))
    events = article_events(article, dt.date(2022, 5, 4), "Europe/Brussels")
    assert [f"{e.start:%Y-%m-%d %H:%M} {e.timezone}" for e in events] == [
        "2022-05-05 17:00 America/Argentina/Buenos_Aires"]


@pytest.mark.parametrize(("text", "town"), [
    ("la campaña contra Milagro sigue", "Milagro"),
    ("une manifestation contre Lyon", "Lyon"),
    ("der Protest gegen Minden", "Minden"),
    ("la partita contro Verona", "Verona"),
])  # fmt: skip
def test_a_place_after_against_is_a_topic(text: str, town: str) -> None:
    place = place_named(town)
    assert place is not None
    start = text.index(town)
    assert role(text, start, start + len(town), place) == (False, True)

"""A French "aujourd'hui" inside a passive with its agent ("soit produit aujourd'hui par d'autres firmes", "les
travaux de X, aujourd'hui unanimement rejetés par la communauté scientifique") tells the present age or a thing done,
not a day: no event on the day the piece was published. Seen in pages-p53 (lopinion.fr: an opinion piece on a
herbicide gave both as all-day events on its publication day). A future passive ("sera remis aujourd'hui par le
ministre") and a clock time keep the day. Texts in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from model import Article
from parsers import article_events


def _days(sentence: str) -> list[str]:
    article = Article(source="test", title="Chronique", body=sentence, url="", published=dt.date(2031, 5, 15))
    return [f"{e.start:%Y-%m-%d}" for e in article_events(article, dt.date(2031, 5, 15), "Europe/Paris")]


@pytest.mark.parametrize("sentence", [
    "Qu’importe que 80 % de ce sel soit produit aujourd’hui par d’autres entreprises du secteur.",
    "Les études du laboratoire, aujourd’hui unanimement rejetées par la communauté scientifique, circulent encore.",
    "Ce modèle est fabriqué aujourd'hui par trois usines en Europe.",
])
def test_passive_with_agent_is_no_day(sentence: str) -> None:
    assert _days(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Le prix sera remis aujourd’hui par le ministre à la mairie.",
    "La médaille est remise aujourd’hui à 15h00 par le ministre à la mairie.",
])
def test_future_or_timed_stays(sentence: str) -> None:
    assert _days(sentence) == ["2031-05-15"]

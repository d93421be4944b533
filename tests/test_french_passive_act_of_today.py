"""A French present passive with its agent whose participle is an act done once ("est inauguré aujourd'hui par le
maire", "est remise aujourd'hui par le maire", "est décerné aujourd'hui par le jury") is that day's event, as a
communiqué tells it; a lasting state or practice ("est fabriqué aujourd'hui par trois usines") is the present age.
Texts in our own words (reviewer, session 48)."""

from __future__ import annotations

import datetime as dt

import pytest

from model import Article
from parsers import article_events


def _days(sentence: str) -> list[str]:
    article = Article(source="test", title="Communiqué", body=sentence, url="", published=dt.date(2031, 5, 15))
    return [f"{e.start:%Y-%m-%d}" for e in article_events(article, dt.date(2031, 5, 15), "Europe/Paris")]


@pytest.mark.parametrize("sentence", [
    "Le nouveau pont de la Garonne est inauguré aujourd’hui par le maire de Bordeaux.",
    "La médaille de la Ville est remise aujourd’hui par le maire à trois bénévoles, salle du conseil.",
    "Le prix est décerné aujourd'hui par le jury au musée des Beaux-Arts.",
])
def test_an_act_of_the_day_in_the_passive_is_an_event(sentence: str) -> None:
    assert _days(sentence) == ["2031-05-15"]

"""An anniversary as the subject of the day it falls on or is marked ("Una efeméride que se celebrará el próximo 11 de
julio", "the anniversary falls on 11 July", "der Jahrestag fällt auf den 11. Juli") is no event: the day says when the
anniversary is. Seen in pages-p52 (farodevigo.es: an interview ten years after a World Cup final, whose "efeméride"
became an all-day event); the texts are ours. An anniversary marked with a gathering ("se celebrará el 11 de julio con
una gala") or given a clock stays an event, and so does a meeting that "se celebrará" on a day."""

from __future__ import annotations

import datetime as dt

import pytest

from model import Article
from parsers import article_events


def _days(sentence: str) -> list[str]:
    article = Article(source="test", title="Aniversario", body=sentence, url="", published=dt.date(2031, 7, 5))
    return [f"{e.start:%m-%d}" for e in article_events(article, dt.date(2031, 7, 5), "Europe/Madrid")]


@pytest.mark.parametrize(("sentence", "why"), [
    ("Hace diez años el equipo ganó la final. Una efeméride que se celebrará el próximo 11 de julio.", "Spanish"),
    ("Ten years ago the team won the final. The anniversary falls on 11 July.", "English"),
    ("Vor zehn Jahren gewann die Mannschaft das Finale. Der Jahrestag fällt auf den 11. Juli.", "German"),
])
def test_day_of_the_anniversary_is_no_event(sentence: str, why: str) -> None:
    assert _days(sentence) == [], why


@pytest.mark.parametrize(("sentence", "why"), [
    ("El aniversario se celebrará el próximo 11 de julio con una gala en el estadio.", "marked with a gala"),
    ("La reunión del consejo se celebrará el próximo 11 de julio en el ayuntamiento.", "a meeting held that day"),
    ("The anniversary falls on 11 July at 7 pm with fireworks over the harbour.", "a clock"),
])
def test_gathering_stays(sentence: str, why: str) -> None:
    assert _days(sentence) == ["07-11"], why

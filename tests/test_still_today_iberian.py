"""A Spanish or Portuguese "still today" or "to this day" ("todavía hoy sigue teniendo una fuerza brutal", "aún hoy
se recuerda", "hasta hoy", "ainda hoje", "até hoje") is the present age, not a day: no event on the day the story was
published. Seen in pages-p52 (farodevigo.es: an interview ten years after a World Cup final, "Aquel momento ... fue
tan potente que todavía hoy sigue teniendo una fuerza brutal" became an all-day event on the publication day); the
texts are ours. A "hoy" with a clock time stays a day ("hasta hoy a las 18:00" is a deadline, "la reunión es hoy a
las 11:00" an event)."""

from __future__ import annotations

import datetime as dt

import pytest

from model import Article
from parsers import article_events


def _days(sentence: str) -> list[str]:
    article = Article(source="test", title="Entrevista", body=sentence, url="", published=dt.date(2031, 7, 5))
    return [f"{e.start:%Y-%m-%d}" for e in article_events(article, dt.date(2031, 7, 5), "Europe/Madrid")]


@pytest.mark.parametrize(("sentence", "why"), [
    ("Aquel momento que vivimos en el estadio fue tan potente que todavía hoy sigue teniendo una fuerza enorme.",
     "todavía hoy"),
    ("Aquella final fue tan importante que aún hoy se recuerda en todo el país.", "aún hoy"),
    ("Aquele momento que vivemos no estádio foi tão forte que ainda hoje tem uma força enorme.", "ainda hoje"),
])
def test_still_today_is_no_day(sentence: str, why: str) -> None:
    assert _days(sentence) == [], why


def test_meeting_today_with_a_clock_stays() -> None:
    assert _days("La reunión del consejo es hoy a las 11:00 en el ayuntamiento.") == ["2031-07-05"]

"""Estonian days and clocks: "16. novembril" (on the 16th of November) and the hour after "kell" (o'clock), with or
without its minutes; a day in a sentence told in the past is no event.

Sentences of our own, in the forms a parish's or a town's notice uses.
"""

from __future__ import annotations

import datetime as dt

from model import Article
from parsers import extract, extract_articles


def _starts(body: str) -> list[str]:
    article = Article(source="t", title="Teade", body=body, published=None)
    events = extract_articles([article], reference=dt.date(2033, 3, 1), default_zone="Europe/Tallinn").events
    return [e.start.isoformat() for e in events]


def test_a_bare_hour_after_kell() -> None:
    assert _starts("Linnavolikogu istung toimub 12. aprillil 2033 algusega kell 18 raekojas.") == [
        "2033-04-12T18:00:00+03:00"]


def test_an_hour_and_its_minutes_after_kell() -> None:
    assert _starts("Vallavolikogu koosolek algab 7. märtsil 2033 kell 15.30 ja toimub vallamajas.") == [
        "2033-03-07T15:30:00+02:00"]


def test_a_day_told_in_the_past_is_no_event() -> None:
    assert _starts("Komisjon registreeris liikmed ja nende volitused hakkasid kehtima 2. märtsil 2033.") == []


def test_kell_in_english_is_a_name() -> None:
    assert _starts("Councillor Kell 18 years on the board, will speak on 12 April 2033.") == ["2033-04-12"]


def test_a_spanish_or_portuguese_word_like_an_estonian_past_keeps_the_day() -> None:
    # "algas" (seaweed) is spelt as Estonian "algas" (began): no Estonian word, no Estonian past
    text = "Feira do mar\n\nSource: Prefeitura\n\nA feira de algas acontece no dia 5 de junho de 2031 no porto.\n"
    assert [f"{e.start}" for e in extract(text, source="test", reference=dt.date(2031, 5, 1)).events] == ["2031-06-05"]

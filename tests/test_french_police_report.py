"""A French police report tells when an offence happened, not an event: a patrol's round told in the imperfect ("Une
équipe de police patrouillait ... ce mardi quand, vers 23h35, elle surprend un véhicule"), a fine given "for having"
done something ("a reçu une amende de 250 euros, ce mardi soir, pour avoir circulé ... vers 23h30"), an arrest ("a
été interpellé lundi vers 2 h"). Seen in pages-p52 (sudinfo.be: a driver out after the curfew, two timed events on
the Tuesday after the story, which was published on a Thursday); the texts are ours. A sentence about something to
come ("La police organisera une réunion publique mardi à 19 h") stays an event."""

from __future__ import annotations

import datetime as dt

import pytest

from model import Article
from parsers import article_events


def _starts(sentence: str) -> list[str]:
    article = Article(source="test", title="Faits divers", body=sentence, url="", published=dt.date(2031, 12, 4))
    return [f"{e.start:%Y-%m-%d %H:%M}" for e in article_events(article, dt.date(2031, 12, 4), "Europe/Brussels")]


@pytest.mark.parametrize(("sentence", "why"), [
    ("Une équipe de police patrouillait dans les rues du village, ce mardi quand, vers 23h35, elle surprend un "
     "véhicule.", "a patrol's round in the imperfect"),
    ("Un homme a reçu une amende de 250 euros, ce mardi soir, pour avoir circulé dans les rues du village, vers "
     "23h30.", "a fine for having driven"),
    ("Le conducteur a été interpellé ce lundi vers 2 h 15 sur la route nationale.", "an arrest"),
])
def test_police_report_is_no_event(sentence: str, why: str) -> None:
    assert _starts(sentence) == [], why


def test_police_meeting_to_come_stays() -> None:
    assert _starts("La police organisera une réunion publique le mardi 9 décembre à 19 h à la maison communale.") \
        == ["2031-12-09 19:00"]

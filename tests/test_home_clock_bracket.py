"""A time abroad with the readers' home clock in brackets: "a las 15:00 horas (16:00 horas en Paraguay)", "at 9:30
(10:30 in Lagos)". The bracket gives the same moment on a named land's clock; the venue abroad may be unnamed on
the line, so the instant is the bracket's, never the home country's clock read at the first time.

Texts in our own words, in the style of a presidency's itinerary for a trip abroad.
"""

from __future__ import annotations

import datetime as dt

import pytest

from model import Article
from parsers import extract_articles

_DAY = dt.date(2031, 8, 2)


def _instants(text: str, org: str) -> list[str]:
    article = Article(source="t", title="Agenda del viaje", body=text, url="", published=_DAY, org=org)
    return sorted(e.start.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M")
                  for e in extract_articles([article], reference=_DAY).events
                  if isinstance(e.start, dt.datetime))


@pytest.mark.parametrize(("text", "org", "wanted", "why"), [
    ("Este sábado, a las 15:00 horas (16:00 horas en Paraguay): encuentro con empresarios en el Hotel Sheraton.",
     "Presidencia de la República del Paraguay", "2031-08-02T19:00", "Paraguay's clock, UTC-3 all year since 2024"),
    ("On Saturday at 9:30 (10:30 in Lagos), the President meets the diaspora at the embassy.",
     "State House, Abuja", "2031-08-02T09:30", "Lagos, UTC+1: 10:30 there is 09:30 UTC"),
])
def test_the_bracket_gives_the_instant(text: str, org: str, wanted: str, why: str) -> None:
    assert _instants(text, org) == [wanted], why


def test_a_bracket_without_a_place_is_left_alone() -> None:
    # "(10:30 to 11:00)" names no land: nothing to restate, the first time is read as before.
    assert len(_instants("On Saturday at 9:30 (10:30 to 11:00 for questions) the minister speaks in Accra.",
                         "Ministry of Information, Ghana")) >= 1

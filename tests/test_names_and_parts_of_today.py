"""Two readings a visit's day needs: a bare hour before the part of today it falls in ("at 4 this afternoon", "at 8
tonight"), and a town's name that is a person's ("President Lugo", "Carlos Ávila Núñez") giving no clock.

Texts in our own words, in the style of a prime minister's office telling the press a guest's day.
"""

from __future__ import annotations

import datetime as dt

import pytest

from model import Article
from parsers import extract_articles

_DAY = dt.date(2031, 3, 11)


def _starts(text: str, org: str = "Office of the Prime Minister, Fiji") -> list[object]:
    article = Article(source="t", title="The guest's day", body=text, url="", published=_DAY, org=org)
    return sorted(str(e.start) for e in extract_articles([article], reference=_DAY).events)


@pytest.mark.parametrize(("text", "wanted", "why"), [
    ("The visiting minister calls on the Speaker at 4 this afternoon.", "2031-03-11 16:00:00+12:00",
     "a bare hour before 'this afternoon'"),
    ("The two leaders dine at the State House at 8 tonight.", "2031-03-11 20:00:00+12:00",
     "a bare hour before 'tonight': an evening hour"),
    ("The guest plants a tree in the Botanical Garden at 9.30 this morning.", "2031-03-11 09:30:00+12:00",
     "hour and minutes before 'this morning'"),
    ("This afternoon at 4, the visiting minister calls on the Speaker.", "2031-03-11 16:00:00+12:00",
     "the part of today first, then the bare hour"),
    ("The two leaders dine at the State House tonight at 8.", "2031-03-11 20:00:00+12:00",
     "'tonight at 8': an evening hour"),
])
def test_a_bare_hour_before_a_part_of_today(text: str, wanted: str, why: str) -> None:
    assert wanted in _starts(text), why


def test_twelve_tonight_is_not_noon() -> None:
    assert all("12:00:00" not in s for s in _starts("Entries close at 12 tonight for the essay prize.")), \
        "'at 12 tonight' is not read as noon"


@pytest.mark.parametrize(("text", "zone", "why"), [
    ("On Tuesday 18 March, President Lugo arrives at the Casa de Nariño, Bogotá, at 9:00 a.m.", "-05:00",
     "after a title, 'Lugo' is the president, not the Spanish town"),
    ("President Lugo arrives at the Casa de Nariño at 9:00 a.m. on Tuesday 18 March.", "-05:00",
     "the title opens the sentence"),
    ("Fernando Lugo Méndez lands at the Catam air base on Tuesday 18 March at 9:00 a.m.", "-05:00",
     "an accented surname after the town's name: one person's name"),
])
def test_a_town_that_is_a_name_gives_no_clock(text: str, zone: str, why: str) -> None:
    starts = _starts(text, org="Presidency of the Republic of Colombia")
    assert starts, why
    assert all(s.endswith(zone) for s in starts), (why, starts)

"""A place named after a war, a conflict or a crisis ("the war in Ukraine", "la guerra in Ucraina", "the conflict in
Sudan") is what a speaker talks about, not where the meeting is: it must not give the clock of the item's events
that name no place. world-fiftyfourth item 13 (a union's congress in Riccione, in Italian) showed it: the delegates'
talk of "la guerra in Ucraina" put the congress's opening at 14:30 on Kyiv's clock. Each text is our own, in the
form the rule reads."""

from __future__ import annotations

import datetime as dt

import pytest

from model import Event
from parsers import extract

REFERENCE = dt.date(2031, 2, 3)


def events_of(body: str) -> list[Event]:
    return extract(f"Notice\n\nSource: Press office\n\nPublished 3 Feb 2031\n\n{body}\n", source="t",
                   reference=REFERENCE).events


STRIFE = [
    # (body, the zone of the timed event, why)
    ("From Tuesday 18 to Friday 21 March 2031 the congress is held at the Palazzo dei Congressi of Rimini.\n\n"
     "\"To Rimini will come 300 delegates: four days of debate, amid the pandemic, the war in Ukraine and the "
     "transition.\"\n\nOn Tuesday 18 the work opens at 2:30 pm.", "Europe/Rome", "'the war in Ukraine' in a quotation"),
    ("The textile workers' federation gathers at the Exhibition Centre of Porto on 4 June 2031.\n\n"
     "\"We will talk about wages, about energy, about the war in Ukraine,\" its secretary said.\n\n"
     "The first session starts at 9:30.", "Europe/Lisbon", "a speaker's topic, in English"),
    ("The grain traders' association holds its annual forum in the city of Lyon on 4 June 2031.\n\n"
     "Speakers will assess the conflict in Sudan and the crisis in Haiti.\n\n"
     "Registration opens at 8:30 and the forum at 9:30.", "Europe/Paris", "'the conflict in', 'the crisis in'"),
]


@pytest.mark.parametrize(("body", "zone", "why"), STRIFE, ids=[row[2] for row in STRIFE])
def test_a_place_of_strife_gives_no_clock(body: str, zone: str, why: str) -> None:
    assert {e.timezone for e in events_of(body) if isinstance(e.start, dt.datetime)} == {zone}, why


VENUES = [
    # (body, zone, why)
    ("The minister travels to Kyiv on 4 June 2031 and meets the President at 11:00.", "Europe/Kyiv",
     "a visit to the place"),
    ("The conference on 4 June 2031 at 10:00 takes place in Ukraine.", "Europe/Kyiv", "a venue named with 'in'"),
]


@pytest.mark.parametrize(("body", "zone", "why"), VENUES, ids=[row[2] for row in VENUES])
def test_a_venue_still_gives_its_clock(body: str, zone: str, why: str) -> None:
    assert {e.timezone for e in events_of(body) if isinstance(e.start, dt.datetime)} == {zone}, why

"""A Polish paper named by its day: an appeal, resolution, letter, decree or act, a few words, then "z dnia" and the
date ("poparcie apelu wójtów z dnia 3 lutego 2031 r.", "uchwała nr XII/3/2031 z dnia 12 marca 2031 r."): the day it
was written, no event. Seen in world-hundredtwentyfirst 7: a city council's agenda item supporting an appeal of a
past day gave an event on that day. Texts in our own words."""

from __future__ import annotations

import pytest

from parsers import extract

from .conftest import REFERENCE

AGENDA = """Sesja Rady Gminy

Source: Urząd Gminy Wzorowo

Sesja Rady Gminy odbędzie się 20 marca 2031 r. o godz. 10.00.

Porządek obrad:
1. Otwarcie sesji.
2. {item}
3. Zamknięcie sesji.
"""


@pytest.mark.parametrize("item", [
    "Poparcie apelu wójtów powiatu z dnia 3 lutego 2031 r. w sprawie dróg lokalnych.",
    "Zmiana uchwały nr XII/3/2031 z dnia 12 lutego 2031 r.",
    "Odpowiedź na pismo mieszkańców z dnia 5 lutego 2031 r.",
])
def test_the_papers_day_is_no_event(item: str) -> None:
    events = extract(AGENDA.format(item=item), source="gmina", reference=REFERENCE).events
    assert [e.start.strftime("%Y-%m-%d") for e in events] == ["2031-03-20"]


def test_a_sitting_of_the_day_is_still_one() -> None:
    text = AGENDA.format(item="Informacja o pracach komisji.").replace(
        "odbędzie się 20 marca 2031 r.", "z dnia 20 marca 2031 r. odbędzie się")
    events = extract(text, source="gmina", reference=REFERENCE).events
    assert [e.start.strftime("%Y-%m-%d") for e in events] == ["2031-03-20"]

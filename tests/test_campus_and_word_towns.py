"""A university's or college's events are on its campus: a town named once elsewhere in its listing (a speaker's
country, a topic) does not move its unlabelled times there (world-twentythird 11: the American University of Beirut
was on Manila's clock, a barangay named "Commonwealth" in "the Commonwealth countries"). A town whose name is a
common word of Spanish or Portuguese ("Como", "Nada") opening a sentence before an article is that word (world-
twentythird 4: "Como o teatro tem lotação limitada" put a city hall's 20h on the clock of Como, Italy). Items in our
own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.places import find_places

from .conftest import REFERENCE

CAMPUS = """Seminar on river deltas

Source: {org}

SEMINAR: "Deltas under pressure"
Thursday, October 8 2026 | 4:00 PM | Engineering Hall, Room 12
A visiting geographer compares the deltas of the Nile and of the Mekong, and what farmers in {town} have learned.
"""


# (organisation, a town named once in the text, the offset from UTC of the seminar's start, why)
CAMPUS_ROWS = [
    ("University of Nairobi", "Hue", 3, "a university's seminar is on its own campus's clock (Nairobi, UTC+3)"),
    ("American University of Beirut", "Can Tho", 3, "Beirut in October is UTC+3"),
    ("Dublin City Council", "Hue", 1, "a city's own body already kept its town's clock (Dublin, IST UTC+1)"),
    ("American University of Beirut", "the United States", 3,
     "a country of several clocks, the talk's topic, is a guess: the campus's clock is not"),
]


@pytest.mark.parametrize(("org", "town", "offset", "why"), CAMPUS_ROWS)
def test_a_university_keeps_its_campus_clock(org: str, town: str, offset: int, why: str) -> None:
    events = extract(CAMPUS.format(org=org, town=town), source="campus", reference=REFERENCE).events
    timed = [e for e in events if not e.all_day]
    assert timed, why
    start = timed[0].start
    assert isinstance(start, dt.datetime), why
    assert start.utcoffset() == dt.timedelta(hours=offset), why


# (text, towns found, why)
WORD_TOWNS = [
    ("Como o teatro tem lotação limitada, só entram convidados.", [], "Portuguese 'como' (as) opening a sentence"),
    ("A missa é às 18h. Como a igreja é pequena, chegue cedo.", [], "after a full stop, before 'a'"),
    ("Nada se decide sem a Câmara.", [], "Spanish and Portuguese 'nada' (nothing) before 'se'"),
    ("The summit meets in Como on Monday.", ["Como, Italy"], "the town itself, inside a sentence"),
    ("Como is on the shore of a lake.", ["Como, Italy"], "the town opening an English sentence, before 'is'"),
    ("The game spread from the Commonwealth countries.", [], "a word before 'countries' names a group of states"),
    ("The office moved to Commonwealth, Quezon City.", ["Commonwealth, Philippines", "Quezon City, Philippines"],
     "the barangay itself, in an address"),
]


@pytest.mark.parametrize(("text", "towns", "why"), WORD_TOWNS)
def test_a_common_romance_word_is_no_town(text: str, towns: list[str], why: str) -> None:
    assert [m.place.display for m in find_places(text) if m.place.kind == "city"] == towns, why


TOPIC_CARD = """Talks this term

Source: American University of Beirut

PANEL: "Rugby in the US and in Lebanon", with two coaches
Wednesday, Sept 9 2026 | 4:30 PM | West Hall, Auditorium B
How the game grew in both countries.
"""


def test_a_country_in_a_talks_title_leaves_the_campus_clock() -> None:
    """The United States keeps several clocks: named as a panel's topic it is no better than a guess, and the
    campus's certain clock (Beirut, UTC+3 in September) is kept."""
    events = [e for e in extract(TOPIC_CARD, source="campus", reference=REFERENCE).events if not e.all_day]
    assert [e.timezone for e in events] == ["Asia/Beirut"]

"""German writes a day and month with a closing dot ("zum 50. Jubiläum (3.10.)", "ab 4.11., ..."): such a pair is
a date, not a clock time 3:10 (pages-dev23 ostbelgiendirekt.be: a birthday '(12.11.)' became a broadcast at 12:11).
After a count, German "Male" means times ("unzählige Male"), not Malé, the Maldives' capital, whose clock then
moved every unlabelled time of the page (pages-dev23: a German TV listing read at UTC+5). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.places import find_places

REFERENCE = dt.date(2026, 9, 1)

LISTING = """Fernsehtipp: Ein Abend für den Chor

Source: Kreiszeitung Musterstadt

Zum 50. Jubiläum (3.10.) des Kinderchors zeigt das Regionalfernsehen einen Film (ab 1.10. online; 2.10. um 21.05 Uhr
im Programm). Der Chorleiter hat die Lieder unzählige Male geprobt.
"""


def test_a_dotted_day_in_brackets_is_no_clock_time() -> None:
    events = extract(LISTING, source="kreiszeitung", reference=REFERENCE).events
    timed = sorted(e.start for e in events if not e.all_day and isinstance(e.start, dt.datetime))
    assert [t.strftime("%m-%d %H:%M") for t in timed] == ["10-02 21:05"]


def test_the_broadcast_keeps_the_german_clock() -> None:
    events = extract(LISTING, source="kreiszeitung", reference=REFERENCE).events
    timed = [e for e in events if not e.all_day]
    assert timed
    start = timed[0].start
    assert isinstance(start, dt.datetime)
    assert start.utcoffset() == dt.timedelta(hours=2)  # CEST, not the Maldives' UTC+5


# (text, towns found, why)
TIMES_ROWS = [
    ("Sie hat das Stück unzählige Male gespielt.", [], "after 'unzählige': a number of times"),
    ("Zum ersten Male tritt der Chor auf.", [], "'zum ersten Male': the first time"),
    ("Er war 3 Male dort.", [], "after a figure"),
    ("The resort ferry leaves from Male at noon.", ["Male, Maldives"], "the town itself, in an English sentence"),
]


@pytest.mark.parametrize(("text", "towns", "why"), TIMES_ROWS)
def test_german_male_after_a_count_is_no_town(text: str, towns: list[str], why: str) -> None:
    assert [m.place.display for m in find_places(text) if m.place.kind == "city"] == towns, why

"""A town whose name is an English verb in "-ing" ("Shaping", a town of China; "Barking", "Welling", towns of
England), opening a title in title case before more capitalised words ("Shaping Gender Norms", "Barking Up The Wrong
Tree"), is the title's verb, not the town: it must not give the item its clock. world-fiftyfourth item 6 (the UN's
SDG Media Zone programme) showed it: "Media's social impact role - Shaping Gender Norms" put the whole programme on
China's clock instead of New York's, the seat of the United Nations that published it. Each text is our own, in the
form the rule reads. (Where a word after the verb is one a town's bodies and events are named with, "Shaping
Climate Action", the town is still read: "Climate" makes "Bonn Climate Conference" Bonn's.)"""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

REFERENCE = dt.date(2031, 2, 3)


def zones(body: str, source: str) -> set[str]:
    events = extract(f"Programme\n\nSource: {source}\n\nPublished 3 Feb 2031\n\n{body}\n", source="t",
                     reference=REFERENCE).events
    return {e.timezone for e in events if isinstance(e.start, dt.datetime)}


TITLES = [
    # (body, source, zone, why)
    ("12 June 2031\n\n12 June | Media and society - Shaping Gender Norms\n\n14:00 - 14:20\n\nA talk on how "
     "newsrooms portray women.", "United Nations Department of Global Communications", "America/New_York",
     "'Shaping' before two capitalised words, under the UN's seat"),
    ("12 June 2031\n\nPanel three - Barking Up The Wrong Tree\n\n10:00 - 11:00\n\nWhy some policies miss their aim.",
     "UNESCO", "Europe/Paris", "'Barking' opening a title after a dash"),
]


@pytest.mark.parametrize(("body", "source", "zone", "why"), TITLES, ids=[row[3] for row in TITLES])
def test_a_verb_opening_a_title_is_no_town(body: str, source: str, zone: str, why: str) -> None:
    assert zones(body, source) == {zone}, why


def test_the_town_before_its_body_stays() -> None:
    body = "The Barking Town Council meets on 12 June 2031 at 19:00."
    assert zones(body, "A press office") == {"Europe/London"}

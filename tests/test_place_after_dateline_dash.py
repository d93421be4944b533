"""The dash that closes a dateline in capitals ("GENEVA – Ghana, Chile and Norway come before the panel") makes no
place of the word after it: the story's first words are not where things happen, the dateline is (world-seventythird
1, read blind: the hearings in Geneva fell on the clock of the first country named after "GENEVA –"). A dash inside
a sentence ("talks – in Accra – on Friday") still names a venue. Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from parsers.places import find_places

ITEM = """Water panel hears three governments in May

Source: Panel of Experts on Water Rights

Issued 3 May 2031

GENEVA – Ghana, Chile and Norway come before the panel this month. The public hearings are set out below.

Norway: 12 May 15:00 – 18:00
Chile: 14 May 15:00 – 18:00
"""


def test_the_dateline_keeps_the_clock() -> None:
    events = extract(ITEM, source="panel", reference=dt.date(2031, 5, 3), default_zone="UTC").events
    # Geneva keeps CEST (UTC+2) in May: 15:00 there is 13:00 UTC, not Accra's 15:00 UTC
    assert sorted(e.start.astimezone(dt.UTC).strftime("%m-%d %H:%M") for e in events) == ["05-12 13:00", "05-14 13:00"]


def test_the_word_after_the_dash_is_no_venue() -> None:
    assert [m.locative for m in find_places("GENEVA – Ghana, Chile and Norway come before the panel.")
            if m.place.name == "Ghana"] == [False]


def test_a_dash_inside_a_sentence_still_names_a_venue() -> None:
    assert [m.locative for m in find_places("The ministers hold talks – in Accra – on Friday.")
            if m.place.name == "Accra"] == [True]

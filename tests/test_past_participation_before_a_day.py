"""A report of having been at a meeting ("took part in the 9th World Chambers Congress in Turin, Italy, on 10 – 12
June 2015", "attended the forum held in Accra on 3 March"): the verb in the past, some words before the day, and
nothing to come between them; the day is history, no event (world-sixtythird 13: a chamber's report of the congress
its delegation attended became two events). "will attend", "to be attended by" stay events. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Delegation report

Source: Chamber of Industry

{sentence}

The delegation came back with many new contacts.
"""


@pytest.mark.parametrize("sentence", [
    "A delegation of twelve members, led by the president, took part in the Regional Business Summit in Lusaka, "
    "Zambia, on 10 – 12 June 2031.",
    "The chamber's secretary general attended the trade forum held at the convention centre in Accra on 3 March 2031.",
    "Our members participated in the annual congress of the federation in Lyon, France, from 14 to 16 May 2031.",
])
def test_a_past_participation_is_no_event(sentence: str) -> None:
    events = extract(ITEM.format(sentence=sentence), source="chamber", reference=dt.date(2031, 1, 10),
                     default_zone="Africa/Lusaka").events
    assert events == []


@pytest.mark.parametrize("sentence", [
    "A delegation of twelve members will attend the Regional Business Summit in Lusaka, Zambia, on 10 – 12 June 2031.",
    "The forum, to be attended by ministers of the region, opens in Accra on 3 March 2031.",
])
def test_a_participation_to_come_is_an_event(sentence: str) -> None:
    events = extract(ITEM.format(sentence=sentence), source="chamber", reference=dt.date(2031, 1, 10),
                     default_zone="Africa/Lusaka").events
    assert len(events) == 1

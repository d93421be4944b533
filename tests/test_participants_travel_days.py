"""The days participants are told they may or should arrive or leave on ("media may arrive from 31 August and
should leave on 3 September", "delegates are asked to depart by 6 May") are logistics beside the event, not events
(world-fiftieth 12: a federation's assembly notice published its travel days as two visits). A head of state's
arrival stays a visit. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """General Assembly of the federation

Source: International Handball Confederation

The General Assembly meets in Doha on 4 and 5 May 2031. {sentence}
"""


def _firsts(sentence: str) -> list[str]:
    events = extract(ITEM.format(sentence=sentence), source="test", reference=dt.date(2031, 4, 1),
                     default_zone="Asia/Qatar").events
    return sorted(e.start.strftime("%m-%d") for e in events)


@pytest.mark.parametrize("sentence", [
    "Arrivals: delegates and media may arrive from 2 May and should leave on 6 May.",
    "Member federations are asked to depart by 7 May, when the hotel block ends.",
    "Journalists are invited to arrive on 3 May to collect their accreditation.",
])
def test_travel_days_are_no_events(sentence: str) -> None:
    assert _firsts(sentence) == ["05-04"]


def test_an_arrival_told_as_news_stays() -> None:
    assert _firsts("The Emir arrives at the venue on 5 May to close the Assembly.") == ["05-04", "05-05"]


def test_news_of_an_expected_arrival_stays() -> None:
    """"is expected to arrive" of a visitor is news of the visit; only those told to be there have a duty (review)."""
    assert _firsts("The Emir is expected to arrive at the venue on 5 May to close the Assembly.") == ["05-04", "05-05"]

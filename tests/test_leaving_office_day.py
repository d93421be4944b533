"""The day a holder leaves office ("he leaves office on 3 July", "she steps down on 30 June", "stands down with
effect from 1 September") ends a term, as "its term ends on 30 June" does: no event (world-fiftieth 6: a bank
president's last day in office was published beside the annual meeting). A departure for a place stays a visit.
Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Annual meeting of the fund's governors

Source: Nordic Development Fund

The governors meet in Oslo on 18 May 2031. {sentence}
"""


def _days(sentence: str) -> list[str]:
    events = extract(ITEM.format(sentence=sentence), source="test", reference=dt.date(2031, 5, 1),
                     default_zone="Europe/Oslo").events
    return sorted(e.start.strftime("%m-%d") for e in events)


@pytest.mark.parametrize("sentence", [
    "It is the president's last meeting: after two full terms he leaves office on 3 July.",
    "The Secretary-General steps down on 30 June 2031, when her successor takes over.",
    "The chief economist stands down with effect from 1 September 2031.",
])
def test_the_last_day_in_office_is_no_event(sentence: str) -> None:
    assert _days(sentence) == ["05-18"]


def test_a_departure_for_a_place_stays() -> None:
    assert _days("The president leaves for Nairobi on 3 July to open the regional office.") == ["05-18", "07-03"]

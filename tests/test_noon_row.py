"""An itinerary row that opens with "Noon" or "Midday" and goes on with what happens ("Noon  The Prime Minister meets
the President"): the clock of that row, as "12:00 p.m." would be.

Form: heads of government's daily itineraries, their time column pasted beside the row's words. A row "Noon" followed
by its words on the same line was no time, and its event was lost (my own texts after the layout of a prime minister's
itinerary abroad). A "Noon" in the middle of a sentence is still a name there.
"""

from __future__ import annotations

import datetime as dt

import pytest

from model import Article
from parsers import extract_articles

_ITINERARY = "Itinerary for Friday, March 14, 2031\n\nOslo, Norway\n\n{row}\n\n2:00 p.m.  The Minister tours the port."


def _clocks(body: str) -> list[str]:
    article = Article(source="t", title="Itinerary", body=body, published=None)
    return [f"{e.start:%H:%M}" for e in extract_articles([article], reference=dt.date(2031, 3, 1)).events
            if isinstance(e.start, dt.datetime)]


@pytest.mark.parametrize("row", [
    "Noon  The Minister meets the Prime Minister of Norway.",
    "Noon The Minister meets the Prime Minister of Norway.",
    "Midday  The Minister meets the Prime Minister of Norway.",
])
def test_a_row_opening_with_noon(row: str) -> None:
    assert _clocks(_ITINERARY.format(row=row)) == ["12:00", "14:00"]


def test_a_name_inside_a_sentence_is_no_clock() -> None:
    row = "The Minister meets Ambassador Erik Noon The Hague's envoy at the residence."
    assert "12:00" not in _clocks(_ITINERARY.format(row=row))

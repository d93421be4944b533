"""A law named by the day it was passed ("set up by the act of 14 June 2018", "under the law of 3 May 2011") is a
paper's name, not an event, and an item dated only by it is read as of today: "Tuesday 10 March" is the Tuesday 10
March near the reference, not a Saturday of the law's year. Found by probes of the year misses (the item's date too
early). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

REFERENCE = dt.date(2026, 2, 20)


@pytest.mark.parametrize(("body", "day"), [
    ("The committee, set up by the act of 14 June 2018, hears the minister on Tuesday 10 March at 09:30 in Cardiff.",
     dt.date(2026, 3, 10)),
    ("Under the law of 3 May 2011, the water board meets on Thursday 12 March at 18:00 in Utrecht.",
     dt.date(2026, 3, 12)),
])
def test_the_law_is_no_event_and_dates_nothing(body: str, day: dt.date) -> None:
    text = f"Notice of a sitting\n\nSource: Example Assembly\n\n{body}\n"
    events = extract(text, source="laws", reference=REFERENCE).events
    assert [e.start.date() for e in events] == [day]  # type: ignore[union-attr]

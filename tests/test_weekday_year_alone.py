"""An item with no year anywhere and no stamp ("Monday 16 January"): the year is the nearest to the reference date
in which the weekday fits, and the event's description says so (issue #10's resolver). Our own words."""

from __future__ import annotations

import datetime as dt

from feeds.words import description
from parsers import extract

FAIR = """Trade fair schedule

Source: A chamber of commerce

The trade fair opens on Monday 16 January at 9:00 with a ribbon cutting in hall A.
"""


def test_the_weekday_settles_the_year_and_the_description_says_so() -> None:
    events = extract(FAIR, source="fair", reference=dt.date(2026, 11, 27)).events
    assert [f"{e.start:%Y-%m-%d %H:%M}" for e in events] == ["2023-01-16 09:00"], (
        "16 January is a Monday in 2023 and 2034; 2023 is nearer to November 2026")
    text = description(events[0])
    assert "year 2023 inferred" in text, text
    assert "16 January is a Monday in 2023" in text, text
    assert "an event usually lasts" in text, "the estimate's article agrees with its kind"


def test_a_later_reference_takes_the_later_fitting_year() -> None:
    events = extract(FAIR, source="fair", reference=dt.date(2033, 11, 1)).events
    assert [f"{e.start:%Y-%m-%d}" for e in events] == ["2034-01-16"], "seen from late 2033, January 2034 is coming"

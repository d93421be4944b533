""""The conference opens on Monday 26 January": an event named by a word that points back takes its name from the
sentence before only where that sentence tells of the same days. A sentence before it with days of its own, a
deadline's or another event's, tells of something else (it gave the conference the title "Registration closes on
Friday 23 January"). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

from .conftest import REFERENCE

ITEM = """Forum on coastal towns

Source: Coastal Towns Network

Geneva, 12 January 2026

{body}
"""

# (body, words of the title of the timed event, words it must not have, why)
BODIES = [
    ("Registration closes on Friday 23 January. The conference opens on Monday 26 January at 10:00 CET.",
     "Conference opens", "Registration", "a deadline's day before: not the conference"),
    ("Mayors met online on Friday 23 January. The conference opens on Monday 26 January at 10:00 CET.",
     "Conference opens", "Mayors met", "another event's day before"),
    ("The mayors' conference is held in Geneva on 26 January. The conference opens at 10:00 CET.",
     "mayors' conference", "", "the sentence before names it, the time has no day of its own"),
    ("The mayors' conference is held in Geneva on 26 January. The conference opens on 26 January at 10:00 CET.",
     "mayors' conference", "", "the same day said again"),
    ("The mayors' fair runs from 24 to 28 January. The event opens its hall on 26 January at 10:00 CET.",
     "mayors' fair", "", "a day within the days before is theirs"),
]


@pytest.mark.parametrize(("body", "has", "lacks", "why"), BODIES)
def test_a_word_pointing_back_names_only_an_event_of_the_same_days(body: str, has: str, lacks: str,
                                                                     why: str) -> None:
    events = extract(ITEM.format(body=body), source="anaphor", reference=REFERENCE).events
    timed = [e for e in events if isinstance(e.start, dt.datetime)]
    assert len(timed) == 1, why
    assert has.lower() in timed[0].summary.lower(), why
    assert not lacks or lacks not in timed[0].summary, why

"""Minutes record the minutes at which a sitting was recessed, reconvened or adjourned ("The meeting was recessed from
7:50 p.m. to 8:00 p.m.", "ADJOURNMENT OF THE REGULAR MEETING OF THE BOARD at 9:12 p.m."): the record of a meeting
held, not events (pages-dev23 walnutcreek.granicus.com: each became a meeting on a day of the body). The meeting's
own start stays. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.dates import find_mentions
from parsers.sittingrecord import sitting_record

REFERENCE = dt.date(2027, 3, 1)

MINUTES = """Harbor Board Regular Meeting - 6:30 PM

Source: Port of Example Bay

Wednesday, February 10, 2027
HARBOR OFFICE, 4 QUAY ROAD

1. CALL TO ORDER
2. PUBLIC HEARING ON THE DREDGING PLAN
The chair opened the hearing and took comments from nine speakers.
The meeting was recessed from 7:50 p.m. to 8:05 p.m.
3. ADJOURNMENT OF THE REGULAR MEETING OF THE HARBOR BOARD at 9:12 p.m.
"""


def test_recorded_clocks_of_a_sitting_are_no_events() -> None:
    events = extract(MINUTES, source="harbor", reference=REFERENCE, default_zone="America/Los_Angeles").events
    clocks = sorted(e.start.strftime("%H:%M") for e in events if isinstance(e.start, dt.datetime))
    assert "19:50" not in clocks
    assert "21:12" not in clocks


# (sentence, is a recorded clock, why)
ROWS = [
    ("The meeting was recessed from 7:50 p.m. to 8:05 p.m.", True, "recessed from"),
    ("3. ADJOURNMENT OF THE REGULAR MEETING OF THE HARBOR BOARD at 9:12 p.m.", True, "the record's heading"),
    ("The Board reconvened at 2:10 pm in the small hall.", True, "reconvened at"),
    ("The Board will recess at noon and reconvene at 1:30 p.m. for the hearing.", False, "to come"),
    ("8:30 PM Adjournment", False, "an agenda's row: the time before the word"),
]


@pytest.mark.parametrize(("sentence", "recorded", "why"), ROWS)
def test_which_clocks_are_recorded(sentence: str, recorded: bool, why: str) -> None:
    times = [m for m in find_mentions(sentence) if m.kind == "time"]
    assert times, why
    assert any(sitting_record(sentence, m) for m in times) is recorded, why

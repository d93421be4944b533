"""An English clock spelled out after a comma ("on Friday, 25 May 2018 at 12:00pm, Australian Eastern Standard Time",
"at 9 a.m., Eastern Time", "at 15:00, Brussels time") is the time's zone; the grammar read such a name only right after
the time, so these were read on the place's or the default clock (world-twentyseventh 2: a Sydney meeting read on
Lisbon's clock). The name must be one zones.py knows, or a city's "X time"; other capitalised words after a comma
("Question Time", "Story Time") stay words. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Notice of meeting

Source: Harbour Holdings Limited

{body}
"""

# (body, expected UTC start, why)
CASES = [
    ("The annual meeting is held on Friday, 25 May 2018 at 12:00pm, Australian Eastern Standard Time.",
     "2018-05-25 02:00", "an Australian clock's long name after the comma: AEST, UTC+10"),
    ("Shareholders meet on Thursday, June 23, 2016 at 10:00 a.m., Japan Standard Time, at the head office.",
     "2016-06-23 01:00", "the name between commas, the sentence going on"),
    ("The call starts on Friday, 25 May 2018 at 9:00 a.m., Eastern Time, and a replay follows.",
     "2018-05-25 13:00", "a North American clock's name: EDT in May"),
    ("The session opens on Tuesday, 15 June 2010 at 2:00 p.m., Mountain Daylight Time.",
     "2010-06-15 20:00", "a daylight clock's long name: MDT, UTC-6"),
    ("The briefing is on Monday, 3 March 2025 at 15:00, Brussels time.",
     "2025-03-03 14:00", "a city's time after the comma: Brussels, CET"),
    ("The debate starts on Monday, 3 March 2025 at 14:00, Question Time follows at 15:00.",
     "2025-03-03 14:00", "'Question Time' is a part of a sitting, not a clock: the default clock (UTC here)"),
    ("The results are announced on Wednesday, 5 March 2025 at 12:00 noon Beijing Time.",
     "2025-03-05 04:00", "'12:00 noon', the hour said twice, then its clock: Beijing, UTC+8"),
]


@pytest.mark.parametrize(("body", "expected", "why"), CASES)
def test_comma_zone_labels(body: str, expected: str, why: str) -> None:
    events = extract(ITEM.format(body=body), source="labels", reference=dt.date(2026, 1, 20), default_zone="UTC").events
    starts = sorted(e.start.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M") for e in events if not e.all_day)
    assert starts, why
    assert starts[0] == expected, why

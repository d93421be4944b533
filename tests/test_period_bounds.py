"""A regulator's period for comments or views, told by both its bounds ("The consultation period will begin on,
Friday April 22, 2022 and end on Friday May 6, 2022, at 4:00 p.m.", "the comment period will open on 1 June 2026 and
will close on 30 June 2026"), is no event on either day: nobody gathers (world-fiftyninth 12, a utility regulator's
notice read as two meetings). The second bound stands a whole date away from the period's name. A hearing the
period leads to keeps its day. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

CHARGES = """Draft water charges: have your say

Source: Water Services Regulatory Authority of Kenya

The Authority has published draft charges for the coming year. The comment period will open on 1 June 2031 and will
close on 30 June 2031 at 4:00 p.m. East Africa Time.
"""

INTERIM = """Interim rates: consultation

Source: Utilities Regulatory Office of Guyana

The consultation period will begin on, Wednesday April 23, 2031 and end on Tuesday May 6, 2031, at 4:00 p.m. No
extension will be granted.
"""

HEARING = """Interim rates: consultation and hearing

Source: Utilities Regulatory Office of Guyana

The objection period starts on 2 April 2031 and ends on 16 April 2031. The public hearing on the application will be
held on Tuesday, 6 May 2031 at 10:00 a.m. at the Office's boardroom.
"""


@pytest.mark.parametrize("text", [CHARGES, INTERIM])
def test_the_period_bounds_are_no_events(text: str) -> None:
    assert extract(text, source="regulator", reference=dt.date(2031, 3, 1)).events == []


def test_the_hearing_after_the_period_stays() -> None:
    events = extract(HEARING, source="regulator", reference=dt.date(2031, 3, 1)).events
    assert [e.start.date() for e in events] == [dt.date(2031, 5, 6)]


def test_a_meeting_that_opens_the_period_stays() -> None:
    # (review) the period's first day is also the day of the meeting that opens it.
    text = ("Consultation on the bypass\n\nSource: Taunton Borough Council\n\nThe consultation period will begin on "
            "Monday 2 June 2031 with a public meeting at 7 p.m. at the Town Hall, Taunton.\n")
    events = extract(text, source="council", reference=dt.date(2031, 3, 1)).events
    assert [e.start.isoformat() for e in events] == ["2031-06-02T19:00:00+01:00"]

"""A key dates list gives the days a window opens and closes ("Consultation opens: 2 June 2031", "9 June –
Applications open") beside the events within it (a drop-in session, an information evening): the bounds are no
events, the sessions are. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Plans for the harbour

Source: Harbour Board

Published: 2 June 2031

{body}
"""


@pytest.mark.parametrize(("body", "expected", "why"), [
    ("Key dates\nConsultation opens: 2 June 2031\nDrop-in session: 18 June 2031, 2pm-7pm, Harbour Hall\n"
     "Consultation closes: 14 July 2031", ["2031-06-18 14:00"], "labels before a colon"),
    ("Timetable\n• 9 June – Applications open\n• 20 June – Information evening, 6.30pm, online\n"
     "• 4 July – Applications close", ["2031-06-20 18:30"], "rows whose words follow the date"),
    ("Timetable\n• 9 June – Open day at the yard\n• 4 July – Regatta", ["2031-06-09", "2031-07-04"],
     "rows that name happenings stay"),
    ("The public consultation closes 14/07/2031 00:00:00. A drop-in session is held on 18 June 2031 at 2pm.",
     ["2031-06-18 14:00"], "a close needs no 'on' nor colon before its date"),
])  # fmt: skip
def test_a_windows_bounds_are_no_events(body: str, expected: list[str], why: str) -> None:
    events = extract(ITEM.format(body=body), source="keys", reference=dt.date(2031, 6, 2)).events
    assert sorted(f"{e.start:%Y-%m-%d}" if e.all_day else f"{e.start:%Y-%m-%d %H:%M}" for e in events) == expected, \
        why

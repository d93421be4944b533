"""On a trip told in prose, a sentence that opens with a phrase of when ("During the visit, she ...", "On 26 July,
she ...") is still told of the traveller: its time is on the clock of where the trip went, not of the country the
release comes from."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from tests.test_notevents import when

TRIP = ("Minister of State to attend regional forum\n\nSource: Ministry of External Affairs, India\n\n"
        "New Delhi, July 24, 2024\n\n"
        "A Minister of State will pay an official visit to Lao PDR from 25-27 July 2024. During the visit, she will "
        "participate in the ASEAN Regional Forum Ministerial Meeting on 27 July at 0930 hrs (local time).\n\n"
        "On 26 July, she will call on the Deputy Prime Minister of Lao PDR at 1500 hrs.\n")


def test_times_after_a_phrase_of_when_are_on_the_trips_clock() -> None:
    events = extract(TRIP, source="t", reference=dt.date(2024, 7, 24), default_zone="UTC").events
    timed = [e for e in events if not e.all_day]
    # Laos keeps UTC+7: 15:00 and 09:30 there, not on India's clock (UTC+5:30)
    assert sorted(when(timed)) == ["2024-07-26 08:00", "2024-07-27 02:30"]

"""The length of a tour or visit told before the day it starts: "is due to spend two days in the Upper East Region
... The President's itinerary has him starting his tour of the Region on October 7" (world-fortyninth 12: read as
one day, 7 October), "is expected to begin a two-day tour ... he is expected to commence his tour of the Region on 7
October", "will spend three days in Kenya, starting on 3 June". The day said is the first of that many. Not when the
count is of another trip ("ended a three-day visit last week", "Following last month's two-day tour"), nor when
another event starts on the day ("The budget hearing starts on"). Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = """Governor's tour

Source: Provincial press office

{body}
"""


def _days(body: str) -> list[tuple[str, str]]:
    events = extract(ITEM.format(body=body), source="office", reference=dt.date(2031, 5, 1),
                     default_zone="Africa/Accra").events
    return [(e.start.strftime("%Y-%m-%d"), (e.end - dt.timedelta(days=1)).strftime("%Y-%m-%d")) for e in events
            if e.all_day]


def test_count_in_the_sentence_before_the_itinerary() -> None:
    body = ("The Governor is due to spend two days in the eastern districts, where he will open a clinic. His "
            "itinerary has him starting his tour of the districts on 7 October 2031.")
    assert _days(body) == [("2031-10-07", "2031-10-08")]


def test_counted_tour_then_the_tour_starts() -> None:
    body = "The Minister will spend three days in the Volta Region. The visit begins on 3 June 2031 in Ho."
    assert _days(body) == [("2031-06-03", "2031-06-05")]


def test_count_then_starting_on_in_one_sentence() -> None:
    body = "The Minister will spend four days in Kenya, starting on 3 June 2031, to meet traders in Nairobi."
    assert _days(body) == [("2031-06-03", "2031-06-06")]


def test_another_trip_or_another_event_keeps_one_day() -> None:
    assert _days("The Minister ended a three-day visit to Kenya last week. She begins her tour of Uganda on 5 June "
                 "2031.") == [("2031-06-05", "2031-06-05")]
    assert _days("The Governor will spend two days in the eastern districts. The budget hearing starts on 7 October "
                 "2031.") == [("2031-10-07", "2031-10-07")]

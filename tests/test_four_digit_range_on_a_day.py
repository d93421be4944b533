"""A range of four-figure clock times followed by the day it is on: "between 1015 and 1030 on 26 January 2023".

Four figures are as often years or counts, so a range without a leading zero, "hrs" or a zone was not read as a
clock's; but years and counts are not "on" a day. Seen in a defence force's notice of a flyover (world-seventysecond),
read as an all-day event. The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from model import Article
from parsers import extract_articles
from parsers.fourdigitranges import four_digit_ranges

REFERENCE = dt.date(2026, 12, 5)


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Two helicopters will fly over the harbour between 1115 and 1130 on 14 March 2025.", dt.time(11, 15),
     dt.time(11, 30)),
    ("The bridge is closed from 1400 to 1600 on Friday for the parade.", dt.time(14, 0), dt.time(16, 0)),
    ("Divers search the reef between 1230 and 1345 on Sept. 3, weather permitting.", dt.time(12, 30),
     dt.time(13, 45)),
])
def test_a_range_on_a_day_is_a_clock(text: str, start: dt.time, end: dt.time) -> None:
    found = four_digit_ranges(text)
    assert [(m.time, m.until) for m in found] == [(start, end)]


@pytest.mark.parametrize("text", [
    "Between 1990 and 2010 the port doubled its trade.",
    "From 1400 to 1600 bags were handed out on the quay.",
    "Attendance grew from 1200 to 1500 over the season.",
])
def test_years_and_counts_stay_unread(text: str) -> None:
    assert four_digit_ranges(text) == []


def test_the_event_gets_the_range() -> None:
    body = "A display team will fly over Port Moresby between 1015 and 1030 on 9 June 2025, then return to base."
    article = Article(source="t", title="Flyover notice", body=body, org="Example Air Wing, Papua New Guinea")
    events = extract_articles([article], reference=REFERENCE).events
    assert [e.start.astimezone(dt.UTC) for e in events if isinstance(e.start, dt.datetime)] == [
        dt.datetime(2025, 6, 9, 0, 15, tzinfo=dt.UTC)]

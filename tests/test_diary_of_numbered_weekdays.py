"""A diary whose day lines give a weekday and its day of the month ("Monday 12", "Tuesday 13, from 10.00") under a
programme's span ("Programme of the visit, 12-16 May") is a diary of several days, as one of dated lines is; and when
its one named town ("Arrival in Maputo") keeps another clock than the item's own town, the rows after it are there,
on Maputo's clock, not the dateline's. (Met in our own texts in the style of a head of state's visit programme.)
Texts of our own."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from parsers.places import find_places

_TEXT = """State visit programme

Source: Office of the President of Portugal

Lisbon, 2 May 2029

Programme of the visit, 14-18 May

Monday 14
Arrival in Maputo; welcome at the airport
Tuesday 15, from 10.00
Talks with the President at the presidential palace
Thursday 17, from 9.30
Visit to the Portuguese school
"""


def test_the_rows_after_the_arrival_are_on_its_clock() -> None:
    events = [e for e in extract(_TEXT, source="t", reference=dt.date(2029, 1, 1)).events if not e.all_day]
    assert [(e.start.strftime("%Y-%m-%d %H:%M"), e.timezone) for e in events] == [
        ("2029-05-15 10:00", "Africa/Maputo"), ("2029-05-17 09:30", "Africa/Maputo")]


def test_a_town_only_named_as_a_rows_place_moves_no_later_row() -> None:
    # "Location: Reno, NV" names where that row is; the rows after it that name none stay on the item's clock
    text = ("Lieutenant Governor's schedule\n\nSource: Office of the Lieutenant Governor of Utah\n\nSalt Lake City, "
            "8 September 2029\n\nMonday, Sept. 10\n8 a.m. Keynote at the western governors' forum\nLocation: Reno, NV\n"
            "Tuesday, Sept. 11\n8:15 a.m. Team meeting\nLocation: Rampton Room\n"
            "9 a.m. Meeting with the elections team\n")
    events = [e for e in extract(text, source="t", reference=dt.date(2029, 1, 1)).events if not e.all_day]
    assert [e.timezone for e in events] == ["America/Los_Angeles", "America/Denver", "America/Denver"]


def test_a_row_that_only_mentions_a_trip_moves_nothing() -> None:
    # (found by review) "Interview about the trip to Maputo" travels nowhere: the rows after it stay in Lisbon, and
    # the interview itself is given there (the trip's town is what it is about, not where)
    text = _TEXT.replace("Arrival in Maputo; welcome at the airport", "10.00 Interview about the trip to Maputo")
    events = [e for e in extract(text, source="t", reference=dt.date(2029, 1, 1)).events if not e.all_day]
    assert [e.timezone for e in events] == ["Europe/Lisbon"] * 3  # (the interview itself too: in Lisbon)


def test_a_journey_row_with_its_subject_or_a_word_before_still_travels() -> None:
    # (found by review) "The President arrives in Maputo", "Official arrival in Maputo": the rows after are there
    for row in ("The President arrives in Maputo; welcome at the airport", "Official arrival in Maputo"):
        text = _TEXT.replace("Arrival in Maputo; welcome at the airport", row)
        events = [e for e in extract(text, source="t", reference=dt.date(2029, 1, 1)).events if not e.all_day]
        assert [e.timezone for e in events] == ["Africa/Maputo", "Africa/Maputo"], row


def test_a_trip_talked_about_is_no_place_but_a_trip_one_is_on_is() -> None:
    about = find_places("10.00 Interview about the trip to Maputo")
    on = find_places("The Minister is on an official visit to Maputo from 14 to 18 May.")
    assert [(m.locative, m.topical) for m in about] == [(False, True)]
    assert [m.locative for m in on] == [True]

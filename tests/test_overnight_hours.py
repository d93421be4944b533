"""Two days in a row and hours that end before they start, "the night of 5 to 6 March from 23:00 to 05:00", are one
night's work from the first day's start to the next morning, not two whole days; "during the night of" is no title.
(Found by probes of the held-out kind "time".) Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

REFERENCE = dt.date(2026, 12, 4)


def _events(body: str) -> list[tuple[str, str, str]]:
    text = f"Works notice\n\nSource: Example Rail\n\nPublished 2 March 2027\n\n{body}\n"
    events = extract(text, source="t", reference=REFERENCE, default_zone="Europe/Brussels").events
    return [(str(e.start), str(e.end), e.summary) for e in events]


@pytest.mark.parametrize(("body", "start", "end"), [
    ("Engineers replace the points during the night of 5 to 6 March from 23:00 to 05:00 in Utrecht.",
     "2027-03-05 23:00:00+01:00", "2027-03-06 05:00:00+01:00"),
    ("Crews repaint the bridge overnight on 12-13 March, from 10pm to 6am, in Leeds.",
     "2027-03-12 22:00:00+00:00", "2027-03-13 06:00:00+00:00"),
    ("Crews resurface the runway overnight from 31 March to 1 April between 23:30 and 04:30 in Porto.",
     "2027-03-31 23:30:00+01:00", "2027-04-01 04:30:00+01:00"),
])
def test_hours_over_midnight_on_two_days_in_a_row_are_one_night(body: str, start: str, end: str) -> None:
    assert [(s, e) for s, e, _ in _events(body)] == [(start, end)]


@pytest.mark.parametrize("body", [
    # (found by review: two evenings that run to midnight or past it are two, unless the text says it is one night)
    "The Night Market is held on 12-13 March from 6pm to midnight at the Old Square, Leeds.",
    "The bars of the old town stay open on 13-14 March from 8pm to 2am for the carnival in Leeds.",
])
def test_two_evenings_past_midnight_stay_two_days(body: str) -> None:
    assert [s for s, _, _ in _events(body)][0].count(":") == 0  # all-day days, not one night's hours


def test_a_night_over_the_new_year_is_one_night() -> None:
    body = "Crews resurface the runway overnight on 31 December to 1 January, from 22:00 to 04:00, in Porto."
    [(start, end, _)] = _events(body)
    assert start[4:] == "-12-31 22:00:00+00:00"
    assert end[4:] == "-01-01 04:00:00+00:00"
    assert int(end[:4]) == int(start[:4]) + 1


def test_daily_hours_over_several_days_stay_the_days_as_a_whole() -> None:
    """"16 to 21 March, 08:00 to 16:00": each day's hours, the event is the days as a whole."""
    assert [(s, e) for s, e, _ in _events("The trade fair is open from 16 to 21 March, 08:00 to 16:00, in Ghent.")] \
        == [("2027-03-16", "2027-03-22")]


def test_during_the_night_of_is_left_out_of_the_title() -> None:
    events = _events("Engineers replace the points during the night of 5 to 6 March from 23:00 to 05:00 in Utrecht.")
    assert "night of" not in events[0][2]

"""A diary row that sets out ("0715  Departs Perth for Adelaide") is on the clock of the town it leaves, whether its
clock stands in a column of its own or is read in the row; and a capitalised verb after a row's clock opens the row,
so the town after it is a town ("1015 Visits Hobart"), not a word of someone's name."""

from __future__ import annotations

from tests.test_notevents import events_of, when

DIARY = """Released Thursday 6 May 2032

Monday 10 May
0715  Departs Perth for Adelaide
1300  Arrives Adelaide; meets the state's premier
1500  Departs Adelaide for Brisbane
1830  Arrives Brisbane
"""


def test_each_departure_is_on_the_clock_of_the_town_it_leaves() -> None:
    events = events_of(DIARY, title="Minister's regional diary", zone="UTC")
    places = [e.location.split(",")[0] for e in events]
    # in May, Perth keeps UTC+8, Adelaide UTC+9:30, Brisbane UTC+10
    assert when(events) == ["2032-05-09 23:15", "2032-05-10 03:30", "2032-05-10 05:30", "2032-05-10 08:30"]
    assert places == ["Perth", "Adelaide", "Adelaide", "Brisbane"]


def test_a_town_after_a_rows_clock_and_a_capitalised_verb_is_read() -> None:
    body = "Released Thursday 6 May 2032\n\nTuesday 11 May\n0815  Arrives Hobart; opens the new wharf\n"
    events = events_of(body, title="Minister's diary", zone="UTC")
    assert when(events) == ["2032-05-10 22:15"]  # 08:15 in Hobart, UTC+10
    assert events[0].location.startswith("Hobart")


def test_a_number_before_a_name_opens_no_row() -> None:
    # "3 Ana Santos Pinto": a list's number, not a clock; Santos stays a word of her name
    events = events_of("Panel on Wednesday 12 May 2032 at 14:00 in Lisbon.\n\n3 Ana Santos Pinto, moderator\n",
                       title="Speakers", zone="UTC")
    assert [e.location for e in events] == ["Lisbon, Portugal"]

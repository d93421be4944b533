"""Forms of dates and times read from releases of organisations met in world-fourteenth, each on a short item in
our own words: what a careful reader takes from it, and nothing more."""

from __future__ import annotations

import datetime as dt

from parsers import extract

REFERENCE = dt.date(2026, 11, 27)


def _events(text: str) -> list[tuple[str, str]]:
    """(start, summary) of every event, in order."""
    events = sorted(extract(text, source="test", reference=REFERENCE).events, key=lambda e: e.start.isoformat())
    return [(e.start.isoformat(), e.summary) for e in events]


def test_a_weekday_dateline_after_a_name_is_the_day_of_writing() -> None:
    # "Parliament, Friday, 29 November 2024 – On Monday, 2 December 2024, ..." (world-fourteenth 1): the name is
    # no town, the date has a weekday, yet the sentence it opens names the events' own day.
    text = ("Committee chairs brief the press\n\nSource: A national legislature\n\nMEDIA ADVISORY\n\n"
            "Legislature, Tuesday, 3 March 2020 – On Thursday, 5 March 2020, the chairpersons of three committees of "
            "the lower house tell journalists what their committees have done this year.\n\n"
            "Date: Thursday, 5 March 2020\nTime: 10:00\nVenue: Old Assembly Chamber, Cape Town\n")
    assert [start for start, _ in _events(text)] == ["2020-03-05T10:00:00+02:00"]


def test_a_weekday_date_atop_an_advisory_is_still_its_day() -> None:
    text = ("Minister visits the port\n\nSource: A ministry\n\nTuesday, 25 June 2019 – The Minister tours the new "
            "container terminal and meets its workers.\n")
    assert [start[:10] for start, _ in _events(text)] == ["2019-06-25"]


def test_a_date_that_had_been_set_gives_way_to_the_new_one() -> None:
    # "brought forward to November 10; it had been set for November 11 ... at 3 pm" (world-fourteenth 10): the past
    # perfect tells the plan the news replaced, so the time of the next sentence is the new day's.
    text = ("Council sitting moved\n\nSource: A city corporation\n\nUpdated: Mar 03, 2021, 09:10 IST\n\n"
            "The mayor has moved the council's budget sitting to March 8; it had been set for March 9, when he is "
            "away in the state capital. The councillors will meet on the lawns of the town hall in Nagpur at 11 am.\n")
    assert [start for start, _ in _events(text)] == ["2021-03-08T11:00:00+05:30"]


def test_the_bodys_stamp_repeating_the_pages_date_is_no_event() -> None:
    # "Publication Date: January 27, 2026 - 14:57" over "January 27, 2026" (world-fourteenth 7): the same stamp twice;
    # the event is the day the 'When:' line gives, and that day alone.
    text = ("Questions after the board meeting\n\nSource: A city\n\nPublication Date: March 3, 2025 - 10:12\n\n"
            "March 3, 2025\n\nAfter Thursday's board meeting, the chair answers questions from reporters.\n\n"
            "When: Thursday, March 6\nTime: right after the board rises\n")
    assert [start[:10] for start, _ in _events(text)] == ["2025-03-06"]
    (event,) = extract(text, source="test", reference=REFERENCE).events
    assert (event.end - event.start).days == 1


def _zones(text: str) -> list[str]:
    return [e.timezone for e in extract(text, source="test", reference=REFERENCE).events if e.timezone]


def test_a_town_with_its_state_of_two_clocks_keeps_the_towns_clock() -> None:
    # "City of Oak Ridge, Tennessee" (world-fourteenth 11): Tennessee keeps two clocks, its capital the Central one;
    # a town of the east named with its state is on Eastern time, one of the middle on Central.
    east = ("Board dates change\n\nSource: City of Maryville, Tennessee\n\n"
            "- The planning board now meets on Monday, March 7, 2022 at 6 p.m.\n")
    middle = ("Board dates change\n\nSource: City of Cookeville, Tennessee\n\n"
              "- The planning board now meets on Monday, March 7, 2022 at 6 p.m.\n")
    assert (_zones(east), _zones(middle)) == (["America/New_York"], ["America/Chicago"])


def test_a_town_unknown_to_both_tables_leaves_the_states_guess() -> None:
    text = ("Board dates change\n\nSource: Town of Quarry Flats, Tennessee\n\n"
            "- The planning board now meets on Monday, March 7, 2022 at 6 p.m.\n")
    (event,) = extract(text, source="test", reference=REFERENCE).events
    assert event.timezone == "America/Chicago"
    assert any("guessed" in note for note in event.notes)


def test_a_daily_briefing_over_a_span_is_held_each_day() -> None:
    # "Daily COVID-19 briefing" / "Monday, April 27 - Friday, May 1, 2020" / "When: 3:00 p.m." (world-ninth 1):
    # one briefing a day, each at the time given.
    text = ("MEDIA ADVISORY: Mayor to brief the city every morning this week\n\nSource: A mayor's office\n\n"
            "March 6, 2021\n\nTuesday, March 9 - Thursday, March 11, 2021\n\n"
            "What: Daily flood briefing by the Mayor\n\nWhen: 9:30 a.m.\n\nWhere: City Hall, Room 2, Baton Rouge\n")
    assert [start for start, _ in _events(text)] == [
        "2021-03-09T09:30:00-06:00", "2021-03-10T09:30:00-06:00", "2021-03-11T09:30:00-06:00"]


def test_an_opening_during_a_daily_run_is_one_event() -> None:
    text = ("Spring fair\n\nSource: A town council\n\nThe spring fair is open daily from 9 to 11 April 2021 on the "
            "green in Leeds.\n\nThe Mayor opens it at 10am on 9 April 2021.\n")
    assert [start for start, _ in _events(text) if "T" in start] == ["2021-04-09T10:00:00+01:00"]


def test_a_daily_run_told_after_an_opening_leaves_the_opening_one_event() -> None:
    text = ("Spring fair\n\nSource: A town council\n\nThe Mayor opens the spring fair on the green in Leeds at 10am on "
            "9 April 2021. The fair is then open daily from 9 to 11 April 2021.\n")
    assert [start for start, _ in _events(text) if "T" in start] == ["2021-04-09T10:00:00+01:00"]

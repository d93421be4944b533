"""Layouts and date forms of schedules, agendas and advisories, found by a fault hunt on probes in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from model import Event
from parsers import extract
from parsers.places import find_places

REFERENCE = dt.date(2023, 3, 10)


def events_of(body: str, title: str = "Notice") -> list[Event]:
    # UTC for times that name no zone and no place: a time read on the calendar's clock shows as +00:00.
    return extract(f"{title}\n\nSource: Press office\n\n{body}\n", source="t", reference=REFERENCE,
                   default_zone="UTC").events


def starts(events: list[Event]) -> list[str]:
    return sorted(e.start.isoformat(timespec="minutes") if isinstance(e.start, dt.datetime)
                  else e.start.isoformat() for e in events)


def test_a_diary_heading_may_close_on_a_note_of_its_zone() -> None:
    events = events_of("Public schedule for Thursday, March 16, 2023 (all times Eastern)\n\n"
                       "9:30 a.m. – The commissioner tours the new cycle path\n"
                       "1:00 p.m. – The commissioner meets the path's volunteers")
    assert starts(events) == ["2023-03-16T09:30-04:00", "2023-03-16T13:00-04:00"]


def test_a_heading_naming_a_schedule_of_something_then_its_day_and_town_dates_the_rows() -> None:
    events = events_of("Schedule of events, Saturday 18 March 2023, London\n\n"
                       "10am Parade leaves the town hall\nnoon Picnic in the park\n3pm Closing concert")
    assert starts(events) == ["2023-03-18T10:00+00:00", "2023-03-18T12:00+00:00", "2023-03-18T15:00+00:00"]
    assert all(e.timezone == "Europe/London" for e in events)


def test_a_diary_heading_may_close_on_a_venue_and_its_town() -> None:
    # "..., Kenyatta International Convention Centre, Nairobi:": the rows are that day's, and in that town
    # (the town, not the country the source names)
    events = extract("Notice\n\nSource: Ministry of Education, Kenya\n\nProgramme for Thursday 16 March 2023, "
                     "Kenyatta International Convention Centre, Nairobi:\n09:00-09:30 Arrival of guests\n"
                     "09:30-10:00 Opening remarks\n", source="t", reference=REFERENCE).events
    assert starts(events) == ["2023-03-16T09:00+03:00", "2023-03-16T09:30+03:00"]
    assert [e.location for e in events] == ["Nairobi, Kenya"] * 2


def test_a_programme_of_a_visit_dates_its_rows() -> None:
    events = events_of("Programme of the visit, Wednesday 15 March 2023, Madrid\n\n"
                       "10:00 Talks with the mayor\n12:00 Tour of the harbour")
    assert starts(events) == ["2023-03-15T10:00+01:00", "2023-03-15T12:00+01:00"]


def test_a_town_closing_a_heading_line_is_where_the_rows_below_happen() -> None:
    events = events_of("Agenda of the Lakeland Growers Congress, Toronto\n\n"
                       "Tuesday, 14 March 2023\n9:00 a.m. Opening address\n2:00 p.m. Panel on irrigation")
    assert starts(events) == ["2023-03-14T09:00-04:00", "2023-03-14T14:00-04:00"]


def test_only_a_town_closing_its_line_after_a_comma_is_where_things_happen() -> None:
    def locative(text: str) -> list[str]:
        return [m.place.name for m in find_places(text) if m.locative]
    assert locative("Agenda of the Lakeland Growers Congress, Toronto") == ["Toronto"]
    assert locative("Programme, 16 March 2023, Vienna:") == ["Vienna"]
    assert locative("Delegates of Lyon, Toronto and Rome meet") == []  # a list of towns, in a sentence
    assert locative("Anna Example, reporter at The Daily Courier, London") == []  # a speaker's employer


def test_next_and_a_weekday_with_a_time_is_that_day_of_the_following_week() -> None:
    # Stamped on a Friday: next Monday is three days on. Stamped on a Tuesday: next Thursday is nine days on.
    friday = events_of("Toronto, March 10, 2023 – The trail board presents its findings next Monday at 10 a.m.")
    tuesday = events_of("Toronto, March 14, 2023 – The trail board presents its findings next Thursday at 10 a.m.")
    assert starts(friday) == ["2023-03-13T10:00-04:00"]  # not the stamp's day at 10
    assert starts(tuesday) == ["2023-03-23T10:00-04:00"]


@pytest.mark.parametrize(("text", "expected", "why"), [
    ("Toronto, March 10, 2023 – The trail board chair will be in Barrie next Monday to open the new bridge.",
     ["2023-03-13"], "without a time: the day all the same"),
    ("Toronto, March 10, 2023 – Next Monday, the trail board chair will open the new bridge in Barrie.",
     ["2023-03-13"], "opening the sentence"),
    ("Toronto, March 10, 2023 – Next Monday's bridge opening in Barrie brings the trail board together.",
     [], "an attribute of what the sentence tells of: no day of it"),
    ("Toronto, March 10, 2023 – Comments on the bridge plan are taken until next Monday.", [],
     "a bound, no event: 'until' stands before 'next'"),
    ("Toronto, March 10, 2023 – The trail board said it would choose a builder by next Friday.", [],
     "a deadline by next Friday, no event"),
])
def test_next_and_a_weekday_without_a_time(text: str, expected: list[str], why: str) -> None:
    assert [e.start.isoformat() for e in events_of(text)] == expected, why


@pytest.mark.parametrize(("text", "expected", "why"), [
    ("Denver, March 13, 2023 – The mayor will hold a media availability Tuesday at 11 a.m. at City Hall.",
     ["2023-03-14T11:00:00-06:00"], "a weekday without 'on', right before its time"),
    ("Denver, March 13, 2023 – Results of the count are expected Thursday, 5 p.m.",
     ["2023-03-16T17:00:00-06:00"], "a comma between them"),
    ("Denver, March 13, 2023 – The mayor will speak Wednesday morning at the chamber breakfast.",
     ["2023-03-15"], "the half of the day after the weekday"),
])
def test_a_weekday_right_before_its_time(text: str, expected: list[str], why: str) -> None:
    assert [e.start.isoformat() for e in events_of(text)] == expected, why


def test_a_bare_space_before_hours_joins_no_weekday_to_them() -> None:
    # "Sunday 10 A.M. to 3 P.M.": a row of opening hours; "Sunday at 10 a.m.", "Sunday, 10 a.m.": a weekday's time.
    from parsers.dates import find_mentions
    from parsers.itinerary import weekday_before_time
    for text, joined in (("Sunday 10 A.M. to 3 P.M.", False), ("Sunday at 10 a.m.", True), ("Sunday, 10 a.m.", True)):
        mentions = find_mentions(text)
        assert weekday_before_time(text, mentions[0], mentions) is joined, text


@pytest.mark.parametrize(("text", "expected", "why"), [
    ("Denver, March 15, 2023 – The vote, which was postponed, will now take place on Thursday.", ["2023-03-16"],
     "a clause in the past, the sentence's 'will' to come: the Thursday ahead"),
    ("Denver, March 15, 2023 – The council met on Monday and will meet again on Thursday.", ["2023-03-16"],
     "the Monday gone by is history, the Thursday ahead an event"),
    ("Denver, March 15, 2023 – The board held its first meeting on Tuesday and will meet again on Friday.",
     ["2023-03-17"], "'held its ...': an active past, its Tuesday the one gone by"),
    ("Denver, March 15, 2023 – The mayor held a media availability on Tuesday.", [], "the same, alone"),
    ("Denver, March 15, 2023 – The fair will be held on Tuesday.", ["2023-03-21"], "'be held': to come"),
])
def test_a_weekday_in_a_sentence_that_also_tells_what_is_to_come(text: str, expected: list[str], why: str) -> None:
    assert [e.start.isoformat() for e in events_of(text)] == expected, why


def test_an_ampersand_joins_two_days_as_and_does() -> None:
    together = events_of("The Riverbank Fair is held on the 14th & 15th March 2023 in London.")
    apart = events_of("Open mornings of the lifeboat crew in London on 8 March & 19 April 2023.")
    assert [(e.start.isoformat(), e.end.isoformat()) for e in together] == [("2023-03-14", "2023-03-16")]
    assert starts(apart) == ["2023-03-08", "2023-04-19"]


def test_day_lines_count_the_days_of_the_span_named_above() -> None:
    events = events_of("The Island Mayors meet in Madrid from 14 to 16 March 2023.\n\n"
                       "Day 1\n10:00 Opening\n\nDAY THREE: closing\n09:30 Final session\n\nDay 5\n11:00 Excursion")
    # Day 5 is past the span's three days: its row stays on the day in context, as before.
    assert starts([e for e in events if isinstance(e.start, dt.datetime)]) == [
        "2023-03-14T10:00+01:00", "2023-03-16T09:30+01:00", "2023-03-16T11:00+01:00"]


def test_an_hour_said_with_o_clock_is_in_the_half_of_the_day_meetings_are_held() -> None:
    def at(clock: str) -> list[str]:
        return starts(events_of(f"The Harbour Board meets in London on Monday 13 March 2023 at {clock}."))
    assert at("10 o'clock") == ["2023-03-13T10:00+00:00"]
    assert at("3 o’clock") == ["2023-03-13T15:00+00:00"]
    assert at("12 o'clock") == ["2023-03-13T12:00+00:00"]
    assert at("8 o'clock in the evening") == ["2023-03-13T20:00+00:00"]


def test_a_diary_heading_may_close_on_in_and_its_town() -> None:
    events = events_of("Programme, 14 March 2023, in Paris\n\n09:00 Welcome of the delegates\n10:00 Opening speech")
    assert starts(events) == ["2023-03-14T09:00+01:00", "2023-03-14T10:00+01:00"]


def test_french_spanish_and_portuguese_say_where_with_a_en_em() -> None:
    def locative(text: str) -> list[str]:
        return [m.place.name for m in find_places(text) if m.locative]
    assert locative("Programme de la journée du 14 mars 2023 à Paris") == ["Paris"]
    assert locative("Agenda del alcalde en Madrid") == ["Madrid"]
    assert locative("Conferência de imprensa em Coimbra") == ["Coimbra"]
    assert locative("The rally went en masse to Leeds") == ["Leeds"]  # "en" opens no place here
    events = events_of("Programme de la journée du 14 mars 2023 à Paris\n\n9h : accueil des délégués\n"
                       "10h : discours d'ouverture")
    assert starts(events) == ["2023-03-14T09:00+01:00", "2023-03-14T10:00+01:00"]

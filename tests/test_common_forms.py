"""Common forms of releases of any organisation, found by a fault hunt on short probes in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from model import Event
from parsers import extract, kinds

REFERENCE = dt.date(2026, 12, 1)


def events_of(body: str, title: str = "Notice") -> list[Event]:
    return extract(f"{title}\n\nSource: Press office\n\n{body}\n", source="t", reference=REFERENCE,
                   default_zone="Europe/Brussels").events


def starts(events: list[Event]) -> list[str]:
    return sorted(e.start.strftime("%Y-%m-%d %H:%M") if isinstance(e.start, dt.datetime)
                  else e.start.isoformat() for e in events)


def test_a_diary_heading_closed_by_a_colon_dates_the_rows_below_it() -> None:
    # The release line names the day before; the rows belong to the day of the heading.
    events = events_of("FOR IMMEDIATE RELEASE: Tuesday, March 3, 2026\n\n"
                       "The Mayor's public schedule for Wednesday, March 4, 2026:\n\n"
                       "8:30 AM – Visits the new fire station, Boise, Idaho\n"
                       "1:00 PM – Meets the school board, City Hall, Boise, Idaho", title="Mayor's week")
    assert starts(events) == ["2026-03-04 08:30", "2026-03-04 13:00"]


def test_a_result_told_with_a_bare_weekday_is_past_not_the_next_such_day() -> None:
    # A Monday report: "on Saturday" of a won match is two days before, not the Saturday to come.
    events = events_of("Monday 8 March 2027\n\nThe under-18 side defeated Northgate 31-12 at Elm Park on Saturday. "
                       "Our first team beat Riverside 2-1 on Sunday.\n\n"
                       "The next home game is against Eastholm on Saturday 20 March 2027, kick-off 3pm.",
                       title="Weekend results")
    assert starts(events) == ["2027-03-20 15:00"]


def test_an_appeal_about_an_incident_publishes_no_event_but_a_briefing_about_it_does() -> None:
    # The dates of the appeal are when the break-in happened; the briefing is told as to come.
    events = events_of("Officers are appealing for witnesses after a break-in at a shop on High Street, Ashby, "
                       "between 11pm on Friday 9 January 2026 and 5am on Saturday 10 January.\n\n"
                       "Detectives are investigating following a collision on the ring road on Sunday 11 January "
                       "2026 at about 7.40pm.\n\n"
                       "The Chief Inspector will give a press conference on Monday 12 January 2026 at 2pm to "
                       "appeal for information.", title="Appeal after shop break-in")
    assert starts(events) == ["2026-01-12 14:00"]


POLICE_REPORTS = [
    # (body, expected starts, why)
    ("Am Samstag, 4. Mai 2030, kurz nach 22.10 Uhr, wurde der Kantonspolizei ein Brand in einer Scheune bei "
     "Lenzburg gemeldet. Verletzt wurde niemand.", [], "'wurde der Kantonspolizei ... gemeldet': what was reported"),
    ("Am Montag, 6. Mai 2030, um 7.40 Uhr kam es auf der Hauptstrasse in Winterthur zu einem Unfall zwischen zwei "
     "Autos.", [], "'kam es ... zu einem Unfall': what happened"),
    ("Police were called to the harbour road in Exeter at 9.25pm on Sunday 5 May 2030 after reports of a crash.", [],
     "'Police were called': the time of a call-out"),
    ("Die Kantonspolizei lädt am Samstag, 11. Mai 2030, um 10 Uhr zum Tag der offenen Tür in Aarau ein.",
     ["2030-05-11 10:00"], "the police inviting to an open day: an event"),
]


@pytest.mark.parametrize(("body", "expected", "why"), POLICE_REPORTS, ids=[row[2] for row in POLICE_REPORTS])
def test_a_police_report_of_an_incident_is_no_event(body: str, expected: list[str], why: str) -> None:
    assert starts(events_of(body, title="Polizeimeldung")) == expected, why


def test_a_range_ending_on_a_bare_hour_ends_then() -> None:
    # "from 9:30 to 11", "10.30-12,": the end written without minutes; never a day ("to 11 March").
    events = events_of("The members' meeting takes place on Thursday 12 March 2026 from 9:30 to 11 at the Guild "
                       "Hall, Leeds. A workshop follows on Friday 13 March 2026, 10.30-12, in Room 2.",
                       title="Members' meeting")
    spans = sorted((e.start.strftime("%d %H:%M"), e.end.strftime("%H:%M"), e.end_estimate) for e in events
                   if isinstance(e.start, dt.datetime) and isinstance(e.end, dt.datetime))
    assert spans == [("12 09:30", "11:00", ""), ("13 10:30", "12:00", "")]
    assert not any("to 11" in e.summary for e in events)


def test_the_start_told_after_the_doors_opening_times_the_event() -> None:
    # The doors are a practicality; the time after them is the event's own.
    for line, expected in (("Doors open at 7pm, screening at 7.45pm.", "19:45"),
                           ("Doors open at 6.30pm for a 7pm start.", "19:00")):
        events = events_of(f"The film society will show a restored silent film on Friday 6 March 2026 at the "
                           f"Corn Exchange, Bristol. {line}", title="Silent film night")
        assert starts(events) == [f"2026-03-06 {expected}"], line


@pytest.mark.parametrize(("clause", "expected", "why"), [
    ("Media call:, Parliament House, Canberra", "Event: Media call, Parliament House, Canberra",
     "a label's colon left before the place's comma when its day and time went"),
    ("Hearing on water prices: , Room 3A", "Event: Hearing on water prices, Room 3A", "the same, spaced"),
    ("A sentencing hearing is scheduled for, in Courtroom 2", "Event: Sentencing hearing is scheduled, in Courtroom 2",
     "'for' left before a comma"),
    ("The seminar is, , in Lyon", "Event: Seminar, in Lyon", "a copula its date and hours left before the place"),
])
def test_titles_leave_no_colon_or_preposition_before_a_comma(clause: str, expected: str, why: str) -> None:
    assert kinds.sentence_summary(kinds.EVENT, clause) == expected, why


def test_hours_of_each_day_of_a_named_span_are_no_rule_of_recurrence() -> None:
    # "each day" after a span of days: its daily hours, published as the span, the hours in its description (not as
    # an event of their own on the first day: that day has no start the others lack).
    events = events_of("The book fair will be held on 14-15 November 2026 at the Exhibition Centre, Leeds, "
                       "from 10:00 to 18:00 each day.", title="Book fair")
    assert starts(events) == ["2026-11-14"]
    assert events[0].end == dt.date(2026, 11, 16)
    assert "10:00 to 18:00" in events[0].sentence
    assert events_of("The reading room is open every day from 9am to 5pm.", title="Reading room") == []
    # "daily" the same, said after the hours ("9am-4pm daily"), or before them ("open daily from")
    events = events_of("The workshops run Thu-Fri, 14-15 January 2027, 9am-4pm daily, at the old mill, Leeds.",
                       title="Workshops")
    assert starts(events) == ["2027-01-14"]
    events = events_of("The craft fair on 14-15 November 2026 in the corn exchange, Leeds, is open daily from 10:00 "
                       "to 17:00.", title="Craft fair")
    assert starts(events) == ["2026-11-14"]
    assert events_of("The gallery is open 9am-4pm daily.", title="Gallery") == []


@pytest.mark.parametrize(("fields", "zone"), [
    ("Wann: Donnerstag, 21. Mai 2026, 10.30 Uhr\nOrt: Stadtbibliothek, Bonn", "Europe/Berlin"),
    ("Quand : jeudi 21 mai 2026 à 10h30\nLieu : médiathèque, Lyon", "Europe/Paris"),
    ("Fecha: jueves 21 de mayo de 2026, 10:30 horas\nLugar: biblioteca municipal, Sevilla", "Europe/Madrid"),
])
def test_german_french_and_spanish_fields_say_when_and_where_not_what(fields: str, zone: str) -> None:
    # The field's name is no title; the place line sets the clock.
    events = events_of(f"Die Bibliothek stellt ihr neues Programm vor.\n\n{fields}", title="Library programme")
    assert [(e.summary, e.start.strftime("%Y-%m-%d %H:%M"), e.timezone) for e in events
            if isinstance(e.start, dt.datetime)] == [("Library programme", "2026-05-21 10:30", zone)]


def test_a_town_named_with_its_state_and_a_ground_with_its_town_are_on_their_clocks() -> None:
    # The gazetteer's Portland is in Oregon; the one in Maine keeps Eastern time. A park named like a
    # Californian city stands in the town named right after it.
    events = events_of("The college will host a reading at 7 p.m. on Thursday, October 8, 2026 in Hale Hall, "
                       "Portland, Maine.\n\nA volunteer clean-up runs on Saturday, October 10, 2026 from 9 a.m. to "
                       "noon at Riverside Park, Tulsa, Oklahoma.", title="Autumn events")
    assert sorted((e.start.strftime("%d %H:%M"), e.timezone) for e in events if isinstance(e.start, dt.datetime)) \
        == [("08 19:00", "America/New_York"), ("10 09:00", "America/Chicago")]


def test_two_days_joined_by_and_with_one_time_are_that_time_on_each() -> None:
    events = events_of("The Water Board will meet on 15 and 16 October 2026 at 09:30 at its offices in Cardiff.",
                       title="Board meeting")
    assert starts(events) == ["2026-10-15 09:30", "2026-10-16 09:30"]
    opening = events_of("The congress takes place on 30 November and 1 December 2026 in Rome, opening at 10:00.",
                        title="Congress")
    # (a time told as the opening's is taken for each listed day, and the later days' descriptions say so)
    assert starts(opening) == ["2026-11-30 10:00", "2026-12-01 10:00"]


def test_a_run_of_weekdays_before_a_span_names_its_first_and_last_days() -> None:
    # "Thursday to Saturday, 4 to 6 June": Saturday is the 6th, not a wrong weekday for the 4th.
    events = events_of("The delegation will attend the fair from Thursday to Saturday, 4 to 6 June 2026 in Lyon.",
                       title="Fair")
    assert [(e.start.isoformat(), e.end.isoformat(), e.notes, e.status) for e in events] == [
        ("2026-06-04", "2026-06-07", (), "CONFIRMED")]


def test_a_sentence_at_the_very_time_of_the_event_before_is_part_of_it() -> None:
    events = events_of("The wreath-laying will be held at the memorial, Hull, on Wednesday 11 November 2026 at 11am. "
                       "A two-minute silence will be observed at 11am. A reception follows at 12.30pm.",
                       title="Wreath-laying")
    assert starts(events) == ["2026-11-11 11:00", "2026-11-11 12:30"]


def test_a_day_of_the_month_alone_is_the_next_such_day_from_the_item() -> None:
    events = events_of("Published 20 December 2025\n\nThe council will vote on the budget on the 14th at 18:00 in "
                       "the council chamber. The committee meets on the 5th at 10:00. Its offices are on the 12th "
                       "floor. The 23rd and 24th February are set aside for the retreat.", title="Budget vote")
    assert starts(events) == ["2026-01-05 10:00", "2026-01-14 18:00"]


def test_a_day_of_this_month() -> None:
    events = events_of("Published 3 December 2025\n\nThe hearings resume on the 17th of this month at 10:00. Rents are "
                       "paid on the 1st of the month.", title="Hearings")
    assert starts(events) == ["2025-12-17 10:00"]  # "of the month" alone says every month
    # "12th instant", "3rd inst.": South Asian English for a day of this month
    events = events_of("Published 3 December 2025\n\nThe signing is set for 12th instant at 11 am at the "
                       "secretariat in Dhaka. Instant replies are welcome.", title="Signing")
    assert starts(events) == ["2025-12-12 11:00"]


def test_a_day_of_this_month_after_its_time() -> None:
    # "at 1100 hours on 14th instant": the day after the clock is anchored by its own word, not only by a later figure
    events = events_of("Published 3 December 2025\n\nThe minister will open the new wing at 1100 hours on 9th instant.",
                       title="Opening")
    assert starts(events) == ["2025-12-09 11:00"]
    events = events_of("Published 3 December 2025\n\nThe board meets at 10 am on 11th inst. in its chamber.",
                       title="Board")
    assert starts(events) == ["2025-12-11 10:00"]


def test_a_day_of_the_month_alone_after_its_time() -> None:
    events = events_of("Published 20 December 2025\n\nThe council will vote on the budget at 18:00 on the 14th.",
                       title="Budget vote")
    assert starts(events) == ["2026-01-14 18:00"]  # not the day of publication


def test_the_new_day_of_a_postponed_event_told_in_its_own_sentence_takes_place() -> None:
    events = events_of("Published 3 May 2026\n\nSunday's fixture against Ashford has been postponed because of a "
                       "waterlogged pitch. It will now be played on Wednesday 13 May 2026 at 6.30pm at the Town "
                       "Ground, Exeter.", title="Fixture postponed")
    timed = [e for e in events if isinstance(e.start, dt.datetime)]
    assert [(e.start.strftime("%Y-%m-%d %H:%M"), e.status) for e in timed] == [("2026-05-13 18:30", "CONFIRMED")]


def test_the_time_an_event_was_set_for_before_it_moved_is_set_aside() -> None:
    events = events_of("Published 6 May 2026\n\nThe briefing scheduled for 09:00 on 8 May has been moved to 14:30 "
                       "on the same day, at the City Hall, Leeds.", title="Briefing moved")
    assert starts(events) == ["2026-05-08 14:30"]


def test_a_short_sentence_of_a_named_event_and_its_verb_is_an_event_not_a_date_line() -> None:
    events = events_of("Published 15 May 2026\n\nHeritage Week runs from Monday 8 June to Sunday 14 June 2026.",
                       title="Heritage Week")
    assert [(e.start.isoformat(), e.end.isoformat()) for e in events] == [("2026-06-08", "2026-06-15")]


def test_when_the_media_should_arrive_is_no_event_of_its_own() -> None:
    events = events_of("Published 11 May 2026\n\nThe Minister will open the new library on Friday 15 May 2026 at "
                       "11:00am, Civic Square, Hobart. Media arrival: 10:30am.", title="Library opening")
    assert starts(events) == ["2026-05-15 11:00"]


@pytest.mark.parametrize(("body", "days"), [
    ("Published 3 March 2026\n\nThe Prime Minister will travel to Paris tomorrow.", ["2026-03-04"]),
    ("Published 3 March 2026\n\nThe board meets tomorrow at the town hall.", ["2026-03-04"]),
    ("Published 3 March 2026\n\nWe train the engineers of tomorrow.", []),  # the future, no day
    ("Published 3 March 2026\n\nThe vote could come as soon as tomorrow.", []),  # a hedge, no announcement
    # A sentence opening with "Tomorrow", a third party and an act of one.
    ("Published 3 March 2026\n\nTomorrow the Trade Minister flies to Nairobi for talks.", ["2026-03-04"]),
    ("Published 3 March 2026\n\nThe bill passed. Tomorrow, the Senate votes on the budget.", ["2026-03-04"]),
    ("Published 3 March 2026\n\nTomorrow, we will gather with our families to give thanks.", []),  # a wish
    ("Published 3 March 2026\n\nTomorrow the results may look quite different.", []),  # no act of anyone's
])
def test_tomorrow_ending_a_clause_is_the_next_day(body: str, days: list[str]) -> None:
    found = events_of(body, title="Week ahead")
    assert sorted(str(e.start)[:10] for e in found) == days


def test_a_time_said_of_both_events_before_is_the_time_of_each() -> None:
    body = ("Published 3 March 2026\n\nThe panel sits in Leeds on Monday 9 March and in York on Tuesday 10 March. "
            "Both sittings start at 10am.")
    assert starts(events_of(body)) == ["2026-03-09 10:00", "2026-03-10 10:00"]


def test_a_time_said_of_one_event_before_is_not_the_others() -> None:
    body = ("Published 3 March 2026\n\nThe panel sits in Leeds on Monday 9 March and in York on Tuesday 10 March. "
            "The York sitting starts at 10am.")
    assert "2026-03-09" in starts(events_of(body))

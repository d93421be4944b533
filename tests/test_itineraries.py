"""Itineraries and programmes told in prose: short sentences that move someone on a given day, and one
event said to happen at several times. Each row is a small text of our own in the form a rule reads, run
through the whole parser (`extract`) with a reference date far from its years."""

from __future__ import annotations

import pytest

from parsers.dates import find_mentions
from tests.test_notevents import events_of, when

SHORT_SENTENCES = [
    # (body, expected days or UTC starts, why)
    ("Thursday 2 October 2025\n\nOn Friday 3 October, the envoy flies on to Oslo.\n\n"
     "Her office expects her back on Monday, 6 October.",
     ["2025-10-03", "2025-10-06"],
     "a short sentence in the running text, in the present, is an event, not a date line"),
    ("Thursday 2 October 2025\n\nShe will be home in Lisbon on Sunday, 5 October.",
     ["2025-10-05"], "a short sentence in the future is an event too"),
    ("Thursday 2 October 2025\n\nCity Hall, Lisbon, Friday 3 October 2025.\n\nThe mayor speaks at 10:00.",
     ["2025-10-03 09:00"], "a date line of names and a date, even with a full stop, only says which day"),
    ("Thursday 2 October 2025\n\nOn 4 March 2001, a flood swept away the old bridge.",
     [], "a short sentence in the past is history"),
    ("Thursday 2 October 2025\n\nDate of issue of this notice: 2 October 2025.", [],
     "a field about the text itself, with a colon, is no event"),
    ("Thursday 2 October 2025\n\nThis guidance stays valid until 30 November 2025.", [],
     "a line about how long the text holds is no event"),
    ("Thursday 2 October 2025\n\nOn Tuesday, 14 October, the bank publishes its outlook.\n\n"
     "That same day, the governor is in Rome for a panel on housing.",
     ["2025-10-14", "2025-10-14"], "'That same day' opening a sentence is the day in context"),
    ("Thursday 2 October 2025\n\nOn 9 October the two envoys open the trade fair in Porto.\n\n"
     "They then tour the harbour, followed by a supper given by the mayor later in the same evening.",
     ["2025-10-09", "2025-10-09"], "'the same evening' inside a sentence is the day in context too"),
    ("Thursday 2 October 2025\n\nOn 9 October the envoy opens the trade fair in Porto.\n\n"
     "She will host a reception for exhibitors on the same evening.",
     ["2025-10-09", "2025-10-09"], "'on the same evening' at the end of a sentence"),
    ("Thursday 2 October 2025\n\nOn 9 October the envoy opens the trade fair in Porto.\n\n"
     "A fireworks show over the river closes the fair later that night.",
     ["2025-10-09", "2025-10-09"], "'later that night' is the day in context as 'that evening' is"),
    ("Thursday 2 October 2025\n\nOn 9 October the envoy opens the trade fair in Porto.\n\n"
     "Her deputy was also given a medal during the same day.",
     ["2025-10-09"], "a sentence in the past with 'the same day' inside it is no event"),
    ("Thursday 2 October 2025\n\nThe envoy arrives in Porto on Monday and meets the mayor on Tuesday.",
     ["2025-10-06", "2025-10-07"], "a later clause of its own verb that ends with its weekday: that day's event"),
    ("Thursday 2 October 2025\n\nThe envoy chairs the harbour board on Tuesday. Later in the day, she will open the "
     "new ferry terminal.", ["2025-10-07", "2025-10-07"], "'Later in the day' is the day in context"),
    ("Thursday 2 October 2025\n\nThe envoy flies to Porto on Monday, where she will open the trade fair on Tuesday.",
     ["2025-10-06", "2025-10-07"], "', where she will ... on WEEKDAY': what she does there, that day"),
    ("Thursday 2 October 2025\n\nThe envoy flies to Porto on Friday, where she will attend the river summit on "
     "Saturday and Sunday.", ["2025-10-03", "2025-10-04..2025-10-05"],
     "'on Saturday and Sunday': the two days, one run"),
    ("Thursday 2 October 2025\n\nThe envoy flies to Porto on Monday, where she meets President Silva on Tuesday.",
     ["2025-10-06", "2025-10-07"], "the clause's words after its verb may be names"),
    ("Thursday 2 October 2025\n\nThe envoy flies to Porto on Monday and meets Mayor Costa on Tuesday.",
     ["2025-10-06", "2025-10-07"], "'and meets NAME on WEEKDAY' the same"),
    ("Thursday 2 October 2025\n\nA harvest fair on the quay opens the festival on Friday 3 October, and a choir "
     "concert in the old church follows on Sunday.",
     ["2025-10-03", "2025-10-05"], "', and a NOUN ... follows on WEEKDAY': a clause of its own subject, its own day"),
    ("Thursday 2 October 2025\n\nA harvest fair opens the programme today, Thursday 2 October; the choir sings in "
     "the old church on Saturday.",
     ["2025-10-02", "2025-10-04"],
     "'opens the programme today, DATE': the day of a programme something opens, not a schedule's heading; "
     "'; the NOUN ... on WEEKDAY' its own"),
]


@pytest.mark.parametrize(("body", "expected", "why"), SHORT_SENTENCES, ids=[row[2] for row in SHORT_SENTENCES])
def test_short_sentences_of_an_itinerary(body: str, expected: list[str], why: str) -> None:
    assert when(events_of(body)) == expected, why


TIME_LISTS = [
    # (body, expected UTC starts, why)
    ("Wednesday 8 October 2025\n\nThe webinar starts at 10:00 CEST (08:00 GMT) on 9 October, and the Q&A follows "
     "at 11:00 CEST (09:00 GMT).", ["2025-10-09 08:00", "2025-10-09 09:00"],
     "a time restated in brackets before its day is still next to it; 'the Q&A' says what the later clause holds"),
    ("Wednesday 8 October 2025\n\nThe film about the river is shown at 4:00PM, at 6:00PM and 8:00PM.",
     ["2025-10-08 14:00", "2025-10-08 16:00", "2025-10-08 18:00"], "each time of a list is a showing"),
    ("Wednesday 8 October 2025\n\nGuided tours of the dam leave at 10:00 and 14:00 from the gate.",
     ["2025-10-08 08:00", "2025-10-08 12:00"], "two times joined by 'and' are two tours, not a range"),
    ("Wednesday 8 October 2025\n\nThe chair briefs reporters at 15:00 CEST, 14:00 BST.",
     ["2025-10-08 13:00"], "the same time in a second zone is one event"),
    ("Wednesday 8 October 2025\n\nThe hall is open to visitors between 10:00 and 12:00.",
     ["2025-10-08 08:00"], "'between ... and ...' is a range"),
]


@pytest.mark.parametrize(("body", "expected", "why"), TIME_LISTS, ids=[row[2] for row in TIME_LISTS])
def test_one_event_at_each_listed_time(body: str, expected: list[str], why: str) -> None:
    assert when([e for e in events_of(body) if not e.all_day]) == expected, why


@pytest.mark.parametrize(("text", "expected"), [
    ("at 11:00 and 12:00", [("at 11:00", None), ("12:00", None)]),
    ("between 11:00 and 12:00", [("between 11:00 and 12:00", "12:00:00")]),
    ("from 11:00 to 12:00", [("from 11:00 to 12:00", "12:00:00")]),
])
def test_and_makes_a_range_only_after_between(text: str, expected: list[tuple[str, str | None]]) -> None:
    found = [(m.text, m.until.isoformat() if m.until else None) for m in find_mentions(text)]
    assert found == expected


ROWS = [
    # (body, expected UTC starts, why)
    ("WHEN: Tuesday, 7 October 2025\n9:30 a.m. – Band plays\nNoon – The new judges take the oath\n"
     "WHERE: Great Hall", ["2025-10-07 07:30", "2025-10-07 10:00"], "a row that opens with 'Noon –' is timed"),
    ("Tuesday 7 October 2025\n\nThe High Noon exhibition opens to the public.", [],
     "'Noon' in a name, with no dash, colon or range after it, is no time"),
]


@pytest.mark.parametrize(("body", "expected", "why"), ROWS, ids=[row[2] for row in ROWS])
def test_rows_of_a_programme(body: str, expected: list[str], why: str) -> None:
    assert when([e for e in events_of(body) if not e.all_day]) == expected, why


JOURNEYS = [
    # (body, expected days, why)
    ("Friday 3 October 2025\n\nToday, Friday, 3 October, the mayor flies to Oslo to meet the harbour board.\n\n"
     "She is due back in Lisbon on Tuesday, 7 October.",
     ["2025-10-03", "2025-10-03..2025-10-07", "2025-10-07"],
     "the day a journey starts and the day it ends are also the journey as a whole"),
    ("Monday 6 October 2025\n\nThe envoy departs for Nairobi on Thursday, 9 October. On Friday, she addresses the "
     "regional summit. She returns to headquarters on Sunday, 12 October.",
     ["2025-10-09", "2025-10-09..2025-10-12", "2025-10-10", "2025-10-12"],
     "the day of departure stays an event of its own beside the journey as a whole"),
    ("Friday 3 October 2025\n\nOn Saturday, 4 October, the mayor opens the harbour fair.\n\n"
     "She is back in the office on Tuesday, 7 October.",
     ["2025-10-04", "2025-10-07"], "no one sets out: two events, no journey"),
    ("Friday 3 October 2025\n\nOn Saturday, 4 October, the mayor leaves for Oslo.\n\n"
     "She returns to Lisbon on Monday, 15 December.",
     ["2025-10-04", "2025-12-15"], "a return months later is no end of the same journey"),
    ("Friday 3 October 2025\n\nOn Saturday, 4 October, the governor flies to Sintra to open a school. Back in the "
     "city for the evening, she dines with the consuls.\n\nOn Sunday, 5 October, she opens the book fair. She flies "
     "back to Brussels on Monday, 6 October.",
     ["2025-10-04", "2025-10-05", "2025-10-06"],
     "a day's outing ('Back in the city for the evening') is no journey that the later flight back ends"),
]


@pytest.mark.parametrize(("body", "expected", "why"), JOURNEYS, ids=[row[2] for row in JOURNEYS])
def test_a_journey_from_its_first_day_to_its_return(body: str, expected: list[str], why: str) -> None:
    assert when(events_of(body)) == expected, why


WRAPPED = [
    # (body, expected days, words the event's title holds, why)
    ("*Harbour Week*\n\nThe Queen of the Netherlands opens the new lock gates on\nFriday 10 October. The Queen, "
     "who visits Antwerp first, has\nLong been patron of the Sea Rescue Society, which\nFounded the harbour museum.",
     ["2025-10-10"], "opens the new lock gates",
     "lines that end in a preposition or an article go on the next line: one paragraph, hard-wrapped"),
    ("*Lisbon* - From 6-10 October 2025 the Congress Centre\nhosts the Atlantic Fisheries Forum, the yearly meeting of "
     "the\nfleets of twelve ports. On the agenda: quotas, safety at sea\nand the cold-storage plan.",
     ["2025-10-06..2025-10-10"], "Fisheries Forum",
     "an asterisk glued to a word opens emphasis: no bullet, the lines stay one paragraph"),
]


@pytest.mark.parametrize(("body", "expected", "words", "why"), WRAPPED, ids=[row[3] for row in WRAPPED])
def test_hard_wrapped_prose(body: str, expected: list[str], words: str, why: str) -> None:
    events = events_of(body)
    assert when(events) == expected, why
    assert words in events[0].summary, (why, events[0].summary)


PROGRAMME = ("Programme:\n\nMonday, 6 October 2025\n\n10:00 – 12:00 Opening session\n\n14:00 Working groups\n\n"
             "Tuesday, 7 October 2025\n\n09:30 Closing session\n\n11:00 Press conference")
PROGRAMMES = [
    # (title, expected days of all-day events, why)
    ("Fifth Baltic Fisheries Conference", ["2025-10-06..2025-10-07"],
     "timed rows under two day headings of one conference: the conference runs over both days"),
    ("Media briefings of the Fisheries Office", [], "a title naming several briefings is no one gathering"),
    ("Port notices", [], "a title that names no gathering gives no whole"),
]


@pytest.mark.parametrize(("title", "expected", "why"), PROGRAMMES, ids=[row[2] for row in PROGRAMMES])
def test_a_programme_over_day_headings_is_its_meeting_as_a_whole(title: str, expected: list[str], why: str) -> None:
    events = events_of(PROGRAMME, title=title)
    assert len([e for e in events if not e.all_day]) == 4, why
    assert when([e for e in events if e.all_day]) == expected, why


INVITATIONS = [
    # (body, expected UTC starts, why)
    ("Monday 6 October 2025\n\nAccredited reporters are invited to an online press briefing on Tuesday 7 October; "
     "it runs from 10:00 to 11:00 CEST.", ["2025-10-07 08:00"],
     "an invitation to a press briefing is an event, though it names who is accredited"),
    ("Monday 6 October 2025\n\nReporters must be accredited by Tuesday 7 October at 10:00 CEST to attend.", [],
     "accreditation with a day and a time, and no invitation to an event, stays a practicality"),
]


@pytest.mark.parametrize(("body", "expected", "why"), INVITATIONS, ids=[row[2] for row in INVITATIONS])
def test_an_invitation_to_a_press_event(body: str, expected: list[str], why: str) -> None:
    assert when(events_of(body)) == expected, why


def test_a_dated_paragraph_under_a_row_of_hours_is_its_own_event() -> None:
    body = ("Monday 6 October 2025\n\nPress room hours:\nTuesday, 7 October – 07:00 – 19:00\n\n"
            "Roads near the hall close while the ministers arrive on Tuesday 7 October, between 8:15-9:00am.")
    arriving = [e for e in events_of(body) if "arrive" in e.summary]
    assert when(arriving) == ["2025-10-07 06:15"], "its own day and time, not the words of the row above"


def test_a_calendar_pasted_one_cell_a_line_gives_the_days_the_venue_and_the_event() -> None:
    body = ("Oslo, 1 October 2025 – Below are the side events of the session, for the press.\n\n"
            "October 6-8\n\nHall B\nNordic Youth Forum\nAbout 80 students from ten countries debate the future of "
            "the fisheries")
    (event,) = [e for e in events_of(body) if "Forum" in e.summary]
    assert when([event]) == ["2025-10-06..2025-10-08"], "a date line, a venue line, then what happens"
    assert "Hall B" in event.location, event.location


NAMED_BY_TIME = [
    # (body, expected UTC starts, why)
    ("Monday 6 October 2025\n\nCamera crews covering the vote on Tuesday 7 October must arrive by 9.30 a.m. "
     "For the 10 a.m. session, all crews must be set up in the gallery before 9.45 a.m.",
     ["2025-10-07 08:00"], "'the 10 a.m. session' names an event by its time, on the day of the sentence before"),
    ("Monday 6 October 2025\n\nCamera crews must be set up in the gallery on Tuesday 7 October before 9.45 a.m. "
     "for the 10 a.m. press conference.", ["2025-10-07 08:00"],
     "'the 10 a.m. press conference' in a sentence about setting up: the conference, not the deadline"),
    ("Monday 6 October 2025\n\nThe 10 a.m. briefing is held every Tuesday in the press room.", [],
     "a recurring briefing named by its time is no event"),
]


@pytest.mark.parametrize(("body", "expected", "why"), NAMED_BY_TIME, ids=[row[2] for row in NAMED_BY_TIME])
def test_an_event_named_by_its_time(body: str, expected: list[str], why: str) -> None:
    assert when([e for e in events_of(body) if not e.all_day]) == expected, why


BRACKETED_DAYS = [
    # (body, expected days, why)
    ("Monday 5 October 2026\n\nThe council votes on Thursday 15 October. The budget debate stays on Friday (09), "
     "as planned.", ["2026-10-09", "2026-10-15"],
     "'Friday (09)': the Friday that is the 9th, nearest the day in context, though a later day was named first"),
    ("Monday 5 October 2026\n\nThe harbour board meets on Wednesday (7) to set the fees.", ["2026-10-07"],
     "a weekday with the day of the month in brackets is a day"),
]


@pytest.mark.parametrize(("body", "expected", "why"), BRACKETED_DAYS, ids=[row[2] for row in BRACKETED_DAYS])
def test_a_weekday_with_its_day_of_the_month_in_brackets(body: str, expected: list[str], why: str) -> None:
    assert when(events_of(body)) == expected, why


REPORTED = [
    # (body, expected days, title or None, why)
    ("Monday 6 October 2025\n\nThe spokeswoman said that on Wednesday evening the governor gives a talk in Porto.",
     ["2025-10-08"], "Governor gives a talk in Porto",
     "after 'said that', the weekday is of what is reported, in the present: an event, titled by what is reported"),
    ("Monday 6 October 2025\n\nThe spokeswoman said that on Wednesday the governor met the dockers in Porto.",
     [], None, "what is reported in the past is no event"),
    ("Monday 6 October 2025\n\nThe office announced on Wednesday that the governor opens the bridge.", [], None,
     "a weekday before 'that' dates the announcement"),
]


@pytest.mark.parametrize(("body", "expected", "title", "why"), REPORTED, ids=[row[3] for row in REPORTED])
def test_a_day_in_reported_speech(body: str, expected: list[str], title: str | None, why: str) -> None:
    events = events_of(body)
    assert when(events) == expected, why
    if title:
        assert title in events[0].summary, (why, events[0].summary)


WEEKDAY_SPANS = [
    # (body, expected days, why)
    ("Monday 6 October 2025\n\nThe trade fair runs from Friday to Sunday in the old port.",
     ["2025-10-10..2025-10-12"], "'from Friday to Sunday': the next Friday to the Sunday after it"),
    ("Monday 6 October 2025\n\nThe minister visits Oslo this week. Running from Tuesday to Thursday, it is her "
     "first trip abroad.", ["2025-10-07..2025-10-09"], "a weekday range opening a sentence"),
    ("Monday 6 October 2025\n\nThe archive is open from Monday to Friday for researchers.", [],
     "a weekday range in opening hours is a weekly rule, no span"),
]


@pytest.mark.parametrize(("body", "expected", "why"), WEEKDAY_SPANS, ids=[row[2] for row in WEEKDAY_SPANS])
def test_a_range_of_weekdays(body: str, expected: list[str], why: str) -> None:
    assert when(events_of(body)) == expected, why


PARTS_OF_A_DAY = [
    # (body, expected days and UTC starts, why)
    ("Monday 6 October 2025\n\nOn Wednesday, 8 October, both chambers sit to deal with the harbour bill. "
     "Members' Questions will be held at 3pm.", ["2025-10-08", "2025-10-08 13:00"],
     "a time-only sentence whose subject is a name of its own is a part of the day, not the sitting's time"),
    ("Monday 6 October 2025\n\nOn Wednesday, 8 October, the mayor opens the harbour fair. The opening starts at "
     "3pm.", ["2025-10-08 13:00"], "a time-only sentence about the event just announced gives its time"),
]


@pytest.mark.parametrize(("body", "expected", "why"), PARTS_OF_A_DAY, ids=[row[2] for row in PARTS_OF_A_DAY])
def test_a_named_part_of_a_day(body: str, expected: list[str], why: str) -> None:
    assert when(events_of(body)) == expected, why


def test_a_stakeout_under_a_date_line_is_an_event() -> None:
    body = ("Upcoming briefings\n\n14 Nov 2025\n\nPort Authority press conference\n\nThe director speaks.\n\n"
            "12 Nov 2025\n\nHarbour Workers' Union Press Stakeout\n\nTwo union leaders speak.")
    stakeouts = [e for e in events_of(body) if "Stakeout" in e.summary]
    assert when(stakeouts) == ["2025-11-12"], "a media stakeout is a doorstep, a kind of event"


DAYS_OF_A_SPAN = [
    # (body, expected days, why)
    ("Monday 6 October 2025\n\nThe fair runs from 13 to 17 October in Lyon.\n\nOn days four and five of the fair, "
     "buyers visit the farms around the city.", ["2025-10-13..2025-10-17", "2025-10-16..2025-10-17"],
     "'days four and five' of a span named before, in a paragraph with no date of its own"),
    ("Monday 6 October 2025\n\nThe fair runs from 13 to 17 October in Lyon. On the closing day, the jury gives out "
     "the prizes.", ["2025-10-13..2025-10-17", "2025-10-17"], "'the closing day' is the span's last"),
    ("Monday 6 October 2025\n\nThe fair runs from 13 to 17 October in Lyon. Stall fees are paid on the first day of "
     "the month.", ["2025-10-13..2025-10-17"], "'the first day of the month' is a calendar's, not the span's"),
    ("Monday 6 October 2025\n\nThe fair runs from 13 to 17 October in Lyon. Two debates are held on days one and "
     "four of the fair.", ["2025-10-13..2025-10-17"], "'days one and four' are no run of days"),
]


@pytest.mark.parametrize(("body", "expected", "why"), DAYS_OF_A_SPAN, ids=[row[2] for row in DAYS_OF_A_SPAN])
def test_days_counted_within_a_span(body: str, expected: list[str], why: str) -> None:
    assert when(events_of(body)) == expected, why


TITLES = [
    # (body, title, why)
    ("Monday 6 October 2025\n\nOn Wednesday morning the minister opens the new ferry port.",
     "Minister opens the new ferry port", "the part of the day left behind by the date is no part of the title"),
    ("Monday 6 October 2025\n\nEvening Prayer is held on Wednesday 8 October at 18:00.", "Evening Prayer",
     "a name that starts with a part of the day keeps it"),
]


@pytest.mark.parametrize(("body", "title", "why"), TITLES, ids=[row[2] for row in TITLES])
def test_titles_of_short_sentences(body: str, title: str, why: str) -> None:
    (event,) = events_of(body)
    assert event.summary.split(": ", 1)[-1].startswith(title), (why, event.summary)


WHAT_WHEN = [
    # (body, why)
    ("Monday 6 October 2025\n\nMEDIA ADVISORY\n\nWHAT: Ribbon cutting at the new clinic\nWHEN: Thursday, October 9, "
     "2025, 10:00 a.m. to 11:00 a.m.\nWHERE: 12 Main Street", "WHAT, WHEN and WHERE on three lines under a date line"),
    ("MEDIA ADVISORY\n\nWHAT: Ribbon cutting at the new clinic\n\nWHEN: Thursday, October 9, 2025, 10:00 a.m. to "
     "11:00 a.m.\n\nWHERE: 12 Main Street, Annex B", "WHAT, WHEN and WHERE set apart by blank lines"),
    ("MEDIA ADVISORY\n\nWHAT: Ribbon cutting at the new clinic.\nWHEN: Thursday, October 9, 2025, 10:00 a.m.\n"
     "WHERE: 12 Main Street", "a WHAT line ending with a full stop names the entry all the same"),
    ("MEDIA ADVISORY\nWHEN: Thursday, October 9, 2025, 10:00 a.m.\nWHERE: 12 Main Street\n"
     "WHAT: Ribbon cutting at the new clinic.", "WHAT last, under a caption of the card that is gone by then"),
]


@pytest.mark.parametrize(("body", "why"), WHAT_WHEN, ids=[row[1] for row in WHAT_WHEN])
def test_the_what_line_titles_the_when_line(body: str, why: str) -> None:
    (event,) = events_of(body)
    assert when([event]) == ["2025-10-09 08:00"], why
    assert "Ribbon cutting at the new clinic" in event.summary, (why, event.summary)


def test_a_list_line_with_two_times_is_the_event_above_it_twice() -> None:
    body = ("PRESS INVITATION\n\nMonday 6 October 2025\n\n  • To suit all zones, two online press briefings are held.\n"
            "  • Thursday 9 October, 10:00 CEST and 16:00 CEST\n  • Registration: online.")
    events = events_of(body)
    assert when(events) == ["2025-10-09 08:00", "2025-10-09 14:00"], "each time of the line is a briefing"
    assert all("press briefings" in e.summary for e in events), [e.summary for e in events]


TIME_NEXT_TO_DAY = [
    # (body, expected UTC starts, why)
    ("Monday 6 October 2025\n\nThe opening ceremony is at 9:30 a.m. on Thursday, October 9, followed by a reception "
     "at 11 a.m.", ["2025-10-09 07:30", "2025-10-09 09:00"],
     "the time right before the day is the day's, and the later clause has its own"),
    ("Monday 6 October 2025\n\nThe jury sits at 10:00 on 9 October and at 14:00 on 10 October.",
     ["2025-10-09 08:00", "2025-10-10 12:00"], "each day takes the time next to it"),
]


@pytest.mark.parametrize(("body", "expected", "why"), TIME_NEXT_TO_DAY, ids=[row[2] for row in TIME_NEXT_TO_DAY])
def test_the_time_next_to_a_day(body: str, expected: list[str], why: str) -> None:
    assert when([e for e in events_of(body) if not e.all_day]) == expected, why


COUNTED_DAYS_LATER = [
    # (body, expected days, why)
    ("Monday 6 October 2025\n\nThe delegation lands in Accra on 9 October. Two days later, the delegation meets the "
     "President.", ["2025-10-09", "2025-10-11"], "'Two days later': two days after the day in context"),
    ("Monday 6 October 2025\n\nThe fair opens on 9 October. The fishermen needed two days after the storm to repair "
     "the nets.", ["2025-10-09"], "'two days after' a thing named is no day after the day in context"),
    ("Monday 6 October 2025\n\nThe delegation lands in Accra on 9 October. Six days later, the delegation meets the "
     "President.", ["2025-10-09", "2025-10-15"], "'Six days later' in words, as '6 days later' in figures"),
    ("Monday 6 October 2025\n\nThe delegation lands in Accra on 9 October. Eleven days later, the delegation meets "
     "the President.", ["2025-10-09"], "'Eleven' holds 'even' but counts no 'seven'"),
]


@pytest.mark.parametrize(("body", "expected", "why"), COUNTED_DAYS_LATER, ids=[r[2] for r in COUNTED_DAYS_LATER])
def test_days_counted_after_the_day_in_context(body: str, expected: list[str], why: str) -> None:
    assert when(events_of(body)) == expected, why


def test_the_part_of_the_day_before_a_date_is_no_part_of_the_title() -> None:
    (event,) = events_of("Monday 6 October 2025\n\nOn the evening of 9 October, the mayor hosts a dinner for crews.")
    assert event.summary.split(": ", 1)[-1].startswith("Mayor hosts a dinner"), event.summary


WEEKDAY_CLAUSES = [
    # (body, expected days, titles, why)
    ("Monday 6 October 2025\n\nOn Friday, the envoy meets the harbour board, and on Saturday she visits the "
     "shipyards.", ["2025-10-10", "2025-10-11"], ["meets the harbour board", "visits the shipyards"],
     "'and on Saturday she visits ...': a clause with its own weekday is an event of its own"),
    ("Monday 6 October 2025\n\nOn Thursday the mayor opens the bridge; on Friday she flies home.",
     ["2025-10-09", "2025-10-10"], ["opens the bridge", "flies home"], "a semicolon joins two clauses too"),
    ("Monday 6 October 2025\n\nOn Friday at 10:00 the envoy meets the mayor, and on Saturday at 9:00 she visits "
     "the port.", ["2025-10-10 08:00", "2025-10-11 07:00"], ["meets the mayor", "visits the port"],
     "a later clause with its own weekday and time: on its own day, though 'on' opens it"),
    ("Monday 6 October 2025\n\nThe envoy opens the trade fair on Thursday and flies home on Saturday 11 October "
     "2025.", ["2025-10-09", "2025-10-11"], ["opens the trade fair", "lies home"],
     "'on Thursday and flies home on DATE': the weekday dates the first clause, the dated day the second"),
    ("Monday 6 October 2025\n\nThe envoy meets the mayor on Thursday, before the summit on Saturday 11 October "
     "2025.", ["2025-10-09", "2025-10-11"], ["meets the mayor", "ummit"],
     "'on Thursday, before the summit on DATE': the same, the second clause without a verb"),
    ("Monday 6 October 2025\n\nThe council meets on Thursday, and the vote is on Saturday 11 October 2025 at 10:00.",
     ["2025-10-11 08:00"], ["vote"], "with a clock time that may be either clause's, the dated day keeps the sentence"),
]


@pytest.mark.parametrize(("body", "expected", "titles", "why"), WEEKDAY_CLAUSES, ids=[r[3] for r in WEEKDAY_CLAUSES])
def test_each_weekday_clause_is_an_event(body: str, expected: list[str], titles: list[str], why: str) -> None:
    events = sorted(events_of(body), key=lambda e: e.start)
    assert when(events) == expected, why
    for event, title in zip(events, titles, strict=True):
        assert title in event.summary, (why, event.summary)
        assert " on " not in event.summary, ("each clause is titled by its own words", event.summary)


@pytest.mark.parametrize(("text", "start", "until"), [
    ("10am-12noon", "10:00:00", "12:00:00"),
    ("at 12noon", "12:00:00", None),
])
def test_noon_glued_to_twelve(text: str, start: str, until: str | None) -> None:
    (mention,) = find_mentions(text)
    assert (str(mention.time), str(mention.until) if mention.until else None) == (start, until)

"""The year a careful reader gives a date that names none, from the weekday: a bare weekday read from the
item's date, a weekday beside a date that tells its year or contradicts one, wire datelines, and weekdays told in
the past. Each row is a small text of our own run through the whole parser (see year_texts.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.year_texts import days_of, events_of, starts

WEEKDAYS = [
    # (body, expected days of the events, why)
    ("Published 4 June 2025\n\nOn 2 May the minister spoke of rising costs.\n\n"
     "On Friday the minister will open the new clinic at 10:00.",
     ["2025-06-06"], "a bare weekday is of the item's week, not the week of a day of its history named before"),
    ("Published 4 June 2025\n\nAs of Tuesday the agency had counted 40 cases.\n\n"
     "On Friday the minister will open the new clinic at 10:00.",
     ["2025-06-06"], "a bare weekday told in the past is a day before the item's date: history, no event"),
    ("Published 3 Nov 2031\n\nIm Jahr danach wählten die Bürger 2029 einen neuen Rat. Der Rat eröffnet "
     "am 25. November um 10 Uhr die neue Klinik.",
     ["2031-11-25"], "a year named before the item's own year is history beside it: a year-less date stays near "
     "the item's date"),
    ("Published 4 June 2025\n\nThe minister will open the new clinic at 10 a.m. on Friday, the ministry said.",
     ["2025-06-06"], "a sentence's first tense tells: what is to come, though someone said it"),
]


@pytest.mark.parametrize(("body", "days", "why"), WEEKDAYS, ids=[row[2] for row in WEEKDAYS])
def test_bare_weekdays_are_read_from_the_items_date(body: str, days: list[str], why: str) -> None:
    found = [e for e in events_of(body, "Clinic news") if not e.all_day]
    assert [e.start.date().isoformat() for e in found] == days, why


def test_a_title_date_its_weekday_contradicts_takes_the_year_of_the_item_that_fits() -> None:
    # 4 March 2013 was a Monday, 4 March 2014 a Tuesday: the title's year is a slip.
    body = "10:30 Briefing for the press in the main hall.\n\nThe notes below are for Tuesday 4 March 2014."
    found = starts(events_of(body, "Press briefing - Tuesday 4 March 2013"))
    assert found == ["2014-03-04 09:30"]

CONTRADICTED = [
    # (title, body, expected days of the events, why)
    ("Briefing", "On 3 March 2009 a flood took the old bridge away.\n\n"
     "A briefing on the recovery is held on Thursday 24 October at 10:00.",
     ["2024-10-24"], "a weekday that fits no year near a date of history is looked for near the reference"),
    ("Envoy travels", "Harbourtown\n\n17 February 2015\n\nThe envoy leaves on Monday, 23 February, for talks in the "
     "port.\n\nHe hopes the pact set out at the summit of 5 July 2012 holds.\n\n"
     "On Thursday, 26 February, the envoy meets the mayor.",
     ["2015-02-23", "2015-02-26"], "a dated document older than a year before the item's date is history, and "
     "the weekday after it is read near the item's date"),
    ("Envoy travels", "Harbourtown\n\n17 February 2015\n\nThe envoy visits the port on Tuesday, 25 February.",
     ["2015-02-25"], "a weekday that fits no year near the item's date is a slip: the date keeps its year"),
    ("Briefing", "The ferry service of 3 September 2009 is the model.\n\n"
     "A briefing on the new ferry is held on Thursday 24 October at 10:00.",
     ["2009-10-24"], "a full date the item does not tell as past dates it: a weekday it contradicts is a slip"),
]


@pytest.mark.parametrize(("title", "body", "expected", "why"), CONTRADICTED, ids=[row[3] for row in CONTRADICTED])
def test_a_weekday_wins_over_a_year_it_contradicts(title: str, body: str, expected: list[str], why: str) -> None:
    assert days_of(events_of(body, title)) == expected, why


BESIDE = [
    # (title, body, expected days of the events, why)
    ("House called", "The President has called the House into session on Tuesday (tomorrow). The sitting opens "
     "at 17:00 on 14 May in the assembly hall.",
     ["2024-05-14"], "a bare weekday in the paragraph of the item's only year-less date is that date's weekday"),
    ("House called", "The sitting opens at 17:00 on 14 May in the assembly hall.",
     ["2027-05-14"], "with no clue at all a sitting told in the present of schedule is to come: the nearer 14 May "
     "(comingyear.py)"),
    ("House called", "The sitting opens at 17:00 on 14 January in the assembly hall.",
     ["2027-01-14"], "with no clue at all a day some weeks after the reference is the coming one"),
    ("Vote count", "The commission meets party agents on Saturday, 7 February, to review the count of the 2015 "
     "council vote.",
     ["2015-02-07"], "a year the text writes out, in which the weekday fits, is the date's year"),
    ("Vote count", "The commission meets party agents on Saturday, 7 February, to review the count of the 2016 "
     "council vote.",
     ["2026-02-07"], "a year the text writes out in which the weekday does not fit is no year of the date"),
    ("Ferry link", "Porto Nuevo, Mar 3 (Coast Wire): The ministry said on Wednesday that the minister will open "
     "the ferry link this week.",
     [], "a wire's dateline closed by a colon is when the story was filed, no event"),
]


@pytest.mark.parametrize(("title", "body", "expected", "why"), BESIDE, ids=[row[3] for row in BESIDE])
def test_a_weekday_beside_a_date_tells_its_year(title: str, body: str, expected: list[str], why: str) -> None:
    assert days_of(events_of(body, title)) == expected, why


NUMBERED = [
    # (body, expected days of the events, why)
    ("Colombo\n\n2 April 2024\n\nThe committee said the budget debate will be held on Friday (05) as planned.",
     ["2024-04-05"], "a weekday with its day of the month in brackets is a day, near the item's date"),
    ("Colombo\n\n2 April 2024\n\nThe house meets on Thursday (11 April) to take questions.\n\n"
     "The budget debate will be held on Monday (08), as agreed.",
     ["2024-04-08", "2024-04-11"], "the bracketed number says which Monday: not the one after the day last named"),
]


@pytest.mark.parametrize(("body", "expected", "why"), NUMBERED, ids=[row[2] for row in NUMBERED])
def test_a_weekday_with_its_day_of_the_month(body: str, expected: list[str], why: str) -> None:
    assert days_of(events_of(body, "House business")) == expected, why


WIRES = [
    # (body, expected local starts, why)
    ("Port Louis, Mar 5 (Island Wire)--The Prime Minister will meet the press on Thursday at 10 a.m.\n\n"
     "On Wednesday a doctor examined the minister and cleared him to work.",
     ["2025-03-06 10:00"], "a wire's year-less day is the day of the news the story tells in the past: its weekday "
     "gives the year, and the weekday to come counts from it"),
    ("Port Louis, Mar 5 (Island Wire): The ministry said on Wednesday that the Prime Minister will meet the press "
     "on Thursday at 10 a.m.",
     ["2025-03-06 10:00"], "a dateline closed by a colon is a wire's too; the day something was said is not the "
     "event's, the weekday in what was said is"),
    ("Port Louis, Mar 5 (Island Wire)--The Prime Minister will fly to Delhi next week and meet the press there on "
     "Monday at 10 a.m., his office said Wednesday.",
     ["2025-03-10 10:00"], "a weekday right after a verb of saying is the day it was said, the wire's day, though "
     "what was said is to come"),
    ("Port Louis, Mar 5 (Island Wire)--The Prime Minister will meet the press on Thursday at 10 a.m.",
     ["2026-03-05 10:00"], "a weekday to come says nothing of the wire's own day: the careful default year"),
]


@pytest.mark.parametrize(("body", "expected", "why"), WIRES, ids=[row[2] for row in WIRES])
def test_a_wire_dateline_without_a_year(body: str, expected: list[str], why: str) -> None:
    found = events_of(body, "Press conference")
    assert [e.start.strftime("%Y-%m-%d %H:%M") for e in found] == expected, why
    assert all("year" in e.inferred and any(n.startswith("year ") for n in e.notes) for e in found), why


def test_a_weekday_in_what_was_said_is_of_what_was_said() -> None:
    body = "Edinburgh\n\n3 March 2014\n\nThe spokesman said that on Tuesday evening the First Minister gives a lecture."
    assert days_of(events_of(body, "Week ahead")) == ["2014-03-04"]  # not the Tuesday before, as "said" would have it


def test_a_span_of_weekdays_counts_from_the_items_day() -> None:
    body = ("Harbourtown\n\n3 June 2025\n\nThe minister said on Tuesday that she will visit the islands this week.\n\n"
            "Running from Wednesday to Friday, the visit is her first since taking office.")
    (event,) = events_of(body, "Minister to visit the islands")
    assert (event.start, event.end) == (dt.date(2025, 6, 4), dt.date(2025, 6, 7))  # the end is exclusive


def test_the_days_after_a_weekday_that_won_say_why_they_follow_it() -> None:
    body = ("On 3 March 2009 a flood took the old bridge away.\n\n"
            "A briefing on the recovery is held on Thursday 24 October at 10:00. Ministers visit the new bridge on "
            "26 October.")
    found = events_of(body, "Briefing")
    assert days_of(found) == ["2024-10-24", "2024-10-26"]
    assert all(not any("3 March 2009" in n or "03 March 2009" in n for n in e.notes) for e in found)

PAST_WEEKDAYS = [
    # (title, body, expected local starts, why)
    ("Assembly sittings move to the new building, 19 September 2023",
     "Both chambers were adjourned on Monday after a debate, and the sittings resume in the new building on Tuesday "
     "afternoon.\n\nThe upper chamber meets at 14:15.",
     ["2023-09-19 14:15"], "with no publication date, a weekday told in the past is no day of the item's events: "
     "the time goes with the weekday to come"),
    ("Envoys to be briefed on the polls",
     "The two ministers will on Wednesday, 20 February, brief the envoys on the polls, now moved to 12 March.\n\n"
     "The agency recalls that on Saturday, only hours before the count was to begin, the commission put off "
     "the polls.",
     ["2019-02-20 00:00", "2019-03-12 00:00"],
     "a weekday told in the past, after a later date was named, is history, not the Saturday after that date"),
    ("Premier at the lakes summit",
     "The premier attends the lakes summit in Kigali on 8 March 2027.\n\nShe said she would fly on to Goma on "
     "Friday for talks with the governor.",
     ["2027-03-08 00:00", "2027-03-12 00:00"],
     "'said she would fly ... on Friday': a future told from the past, without a 'that', is to come"),
    ("Governor's week",
     "The governor opens the harvest show on Monday, 8 March 2027.\n\nHaving met the stall holders, she will drive "
     "to the coast on Wednesday to inspect the new jetty.",
     ["2027-03-08 00:00", "2027-03-10 00:00"],
     "a past participle before the main clause's 'will': the sentence tells what is to come"),
]


@pytest.mark.parametrize(("title", "body", "expected", "why"), PAST_WEEKDAYS, ids=[row[3] for row in PAST_WEEKDAYS])
def test_a_weekday_told_in_the_past_without_a_publication_date(title: str, body: str, expected: list[str],
                                                                why: str) -> None:
    found = events_of(body, title)
    assert sorted(e.start.strftime("%Y-%m-%d %H:%M") for e in found) == expected, why


@pytest.mark.parametrize(("body", "expected"), [
    ("Published Wednesday 5 March 2025\n\nThe minister visits the port on Monday next week at 10:00.", ["2025-03-10"]),
    ("Published Wednesday 5 March 2025\n\nThe minister visits the port on Thursday of next week.", ["2025-03-13"]),
    ("Published Wednesday 5 March 2025\n\nThe minister visits the port on Thursday at 10:00.", ["2025-03-06"]),
])
def test_a_weekday_of_next_week_is_in_the_week_after_the_items(body: str, expected: list[str]) -> None:
    assert days_of(events_of(body, "Port visit")) == expected

"""An event's extent said in two parts ("opens on D1 ... closes on D2"): each row is a small text of our own in the
form the rule reads, run through the whole parser (`extract`) with a reference date far from its years."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from tests.test_notevents import events_of, when

TWO_PARTS = [
    # (body, expected, why)
    ("The autumn sitting of the assembly opens on Tuesday, 4 June 2030 and, if its business allows, should close on "
     "Friday, 28 June 2030.", ["2030-06-04..2030-06-28"], "'opens on D1 ... should close on D2': one span"),
    ("The winter session is scheduled to commence on 14 May 2030 and is slated to conclude on 1 June.",
     ["2030-05-14..2030-06-01"], "'commence on D1 and conclude on D2': one span, the year of the first for both"),
    ("The upper chamber of the national assembly, summoned for Monday, 3rd June, 2030, is likely to rise on Friday, "
     "the 7th June, business permitting, its office said.",
     ["2030-06-03..2030-06-07"], "'summoned for D1, is likely to rise on D2': one span"),
    ("The forum will start on 8 May 2030 and come to an end on 7 June 2030, the organisers said.",
     ["2030-05-08..2030-06-07"], "'start on D1 and come to an end on D2': one span"),
    ("Parliament will sit from 10 a.m. on Wednesday 5 June 2030 until the adjournment on Friday 7 June 2030.",
     ["2030-06-05 08:00", "2030-06-05..2030-06-07"],
     "'sit from TIME on D1 until the adjournment on D2': the sitting's days, its start on the first"),
    ("The governor called the council to meet on 20 June 2030 and said the sitting is set to end on 26 July 2030.",
     ["2030-06-20..2030-07-26"], "'to meet on D1 ... set to end on D2': one span"),
    ("The city begins its yearly public hearings on 22 April 2030, to report on its work.\n\n"
     "The hearings, the mayor said, are held in the council chamber and run until 29 May 2030.",
     ["2030-04-22..2030-05-29"], "'begins ... on D1.' then 'run until D2.': the end in a later sentence"),
    ("The monsoon session of the assembly will begin on 19 July 2030.\n\nIt is likely to conclude on Friday, "
     "13 August 2030, the secretariat said.", ["2030-07-19..2030-08-13"],
     "'will begin on D1.' then 'is likely to conclude on D2': one span"),
    ("The board meets on 22 April 2030 in Riga.\n\nThe call for papers runs until 29 May 2030.",
     ["2030-04-22"], "a meeting said with no verb of starting: a later end is another thing's (here a deadline)"),
    ("The consultation was published on 3 May 2030 and closes on 30 June 2030.", [],
     "no verb of starting before the first day: a publication and a deadline, no span"),
    ("The fair opens on 2 March 2030 and the season ends on 30 November 2030.", ["2030-03-02", "2030-11-30"],
     "an end too far from the start (months apart) is not the same event's"),
    ("Published 1 May 2030\n\nEntries for the Young Painter Prize open on 12 May and close on 20 June 2030. The prizes "
     "are handed over at a gala on 4 September 2030.", ["2030-09-04"],
     "'entries open on D1 and close on D2': a window for sending in, no event of seven weeks"),
    ("Published 20 March 2030\n\nThe premier is leaving for a state visit to Chile on 1 April 2030 at the "
     "invitation of its president.\n\nShe holds talks with the president in Santiago on 2 April 2030.\n\n"
     "She is also to tour a copper mine before returning to Lima on 4 April 2030.",
     ["2030-04-01..2030-04-04", "2030-04-02"], "'leaving for a visit on D1 ... returning on D2': the trip's span"),
    ("Published 22 August 2030\n\nThe envoy leaves for Hanoi on Sunday and will meet the trade minister. He comes "
     "back Wednesday.", ["2030-08-25..2030-08-28"], "'leaves for X on Sunday. He comes back Wednesday.': a span"),
    ("Published 22 August 2030\n\nThe envoy leaves for Hanoi on Sunday.\n\nThe cabinet returns from recess on "
     "12 November 2030.", ["2030-08-25", "2030-11-12"], "a return months later is not the trip's end"),
    ("Published 2 March 2030\n\nThe trade secretary leaves for Quito on 8 March 2030 with a delegation of growers.\n\n"
     "Imports of cut flowers from Ecuador will return on 11 March 2030, when the ban ends.",
     ["2030-03-08", "2030-03-11"],
     "a thing that returns ('Imports ... will return on D2') is not the traveller coming back"),
    ("Published 22 August 2030\n\nMinister Okafor leaves for Accra on Sunday to open the trade fair. Okafor comes "
     "back Thursday, and the ambassador will come back on 5 September 2030.", ["2030-08-25..2030-08-29", "2030-09-05"],
     "the traveller named again comes back; the ambassador's return is another journey"),
    ("Published 2 May 2030\n\nThe foreign minister travels to Bogota on 6 May 2030, returning on 9 May 2030.",
     ["2030-05-06..2030-05-09"], "'travels to X on D1, returning on D2': the trip's span, in one sentence"),
    ("Published 28 February 2030\n\nThe health minister will travel to Accra on Sunday for talks on vaccines, "
     "returning on Wednesday 6 March.", ["2030-03-03..2030-03-06"],
     "'travel to X on WEEKDAY ..., returning on WEEKDAY D2': the trip from the weekday before D2"),
    ("Published 27 December 2030\n\nThe envoy flies to Manila on Monday to open the embassy, returning on "
     "2 January 2031.", ["2030-12-30..2031-01-02"],
     "'flies to X on WEEKDAY, returning on D2 YEAR': the weekday counted back from D2's own, over a year's end"),
    ("Published 2 June 2030\n\nThe governor will fly to Osaka on 14 June 2030 and will return to Perth on "
     "18 June 2030.",
     ["2030-06-14..2030-06-18"], "'will fly to X on D1 and will return to Y on D2': the same"),
    ("Published 1 March 2030\n\nThe minister will travel to Kigali on 3 March 2030 for talks.\n\nShe comes back "
     "on 6 March 2030.", ["2030-03-03..2030-03-06"], "'will travel to X on D1. She comes back on D2.': a span"),
    ("Published 1 June 2030\n\nThe delegation travels to Oslo on 2 June 2030, and the tapestry returns to the museum "
     "on 30 September 2030.", ["2030-06-02", "2030-09-30"],
     "a return months later is not the trip's end, in one sentence"),
    ("The council meets in special session at the Grand Hotel, opening on Friday, 25 October 2030 at 14h00 and "
     "closing on Monday, 28 October 2030.", ["2030-10-25 12:00"],
     "'opening on D1 at T and closing on D2': the close of what opened at T, no event at T on D2 (w24 5)"),
    ("The congress meets from Friday, 25 October 2030, commencing at 09:30 and concluding on Sunday, 27 October 2030.",
     ["2030-10-25 07:30"], "'from D1, commencing at T and concluding on D2': the same"),
    ("The summit, commencing on Friday, 25 October 2030 at 09:30 and concluding on Sunday, 27 October 2030, is open.",
     ["2030-10-25 07:30"], "'commencing on D1 at T and concluding on D2': the same"),
]


@pytest.mark.parametrize(("body", "expected", "why"), TWO_PARTS, ids=[row[2] for row in TWO_PARTS])
def test_start_and_end_said_apart_are_one_span(body: str, expected: list[str], why: str) -> None:
    assert when(events_of(body)) == expected, why


COUNTED = [
    # (body, expected, why)
    ("Published 10 March 2030\n\nThe foreign minister will be in Oslo for three days from 14 March 2030.",
     ["2030-03-14..2030-03-16"], "'for three days from DATE': the count after 'for'"),
    ("Published 10 March 2030\n\nThe foreign minister travels to Oslo on Friday for a two-day official visit at the "
     "invitation of his Norwegian counterpart.", ["2030-03-15..2030-03-16"],
     "'on Friday for a two-day visit': the day said becomes the visit as a whole, not a second event"),
    ("The president lands in the capital on Monday, 3rd June 2030, opening a three-day state visit.",
     ["2030-06-03", "2030-06-03..2030-06-05"], "'lands on DATE, opening a three-day visit': the arrival, and the "
     "visit from that day on"),
    ("The committee holds its two-day meeting next week, which ends on Wednesday, 20 March 2030.",
     ["2030-03-19..2030-03-20"], "'two-day meeting, which ends on DATE': the day given is the last"),
    ("Published 10 March 2030\n\nThe minister had announced the five-day special session on Thursday; no agenda "
     "was given.", [], "'had announced X on WEEKDAY': the day of a past act, no event and no span"),
    ("Published 1 June 2030\n\nThe premier flies to Lisbon on Tuesday, 4 June, for a two-day working visit. On 4 June "
     "at 15:00 she meets the mayor.", ["2030-06-04 14:00", "2030-06-04..2030-06-05"],
     "'on DATE, for a two-day visit': one visit of two days, no duplicate of its first day"),
    ("Published 3 March 2030\n\nAfter last month's three-day summit in Vienna, the minister gives a press conference "
     "on Friday 8 March at 10:00.", ["2030-03-08 09:00"],
     "a count of days told of an earlier event ('after last month's three-day summit, ...') stretches nothing"),
    ("Published 1 June 2030\n\nThe king lands in Rabat on Tuesday, 4 June at 10:00 for a three-day state visit.",
     ["2030-06-04 10:00", "2030-06-04..2030-06-06"], "a timed arrival stays, the visit as a whole is added"),
]


def test_a_year_taken_from_the_last_day_is_noted() -> None:
    found = events_of("Published 1 May 2030\n\nThe summer school opens on 10 May and closes on 25 June 2030 in Graz.")
    assert when(found) == ["2030-05-10..2030-06-25"]
    assert any("taken from the last day" in note for note in found[0].notes), found[0].notes


@pytest.mark.parametrize(("body", "expected", "why"), COUNTED, ids=[row[2] for row in COUNTED])
def test_an_event_of_counted_days(body: str, expected: list[str], why: str) -> None:
    assert when(events_of(body)) == expected, why


def test_counted_days_are_an_inference_not_a_problem() -> None:
    # The span's end is inferred from the count: the event says so, and no problem of the text is reported.
    text = ("A visit\n\nSource: Office of the President\n\nPublished 1 May 2030\n\n"
            "The President pays a three-day visit to Ghana from 14 May 2030.\n")
    found = extract(text, source="visit", reference=dt.date(2030, 5, 1))
    assert when(found.events) == ["2030-05-14..2030-05-16"]
    assert any("the text gives 3 days" in note for note in found.events[0].notes)
    assert found.problems == []


# (body, expected, why): the day in context said in words ("tomorrow", "today") starts a span its last day closes.
RELATIVE_STARTS = [
    ("Published 20 October 2030\n\nThe exhibition runs from tomorrow until 7 November 2030 at the town hall of Graz.",
     ["2030-10-21..2030-11-07"], "'from tomorrow until D'"),
    ("Published 20 October 2030\n\nThe exhibition opens today and runs until 7 November 2030 at the town hall of Graz.",
     ["2030-10-20..2030-11-07"], "'opens today and runs until D'"),
    ("Published 20 October 2030\n\nTickets are on sale from today; the concert is on 7 November 2030 in Graz.",
     ["2030-11-07"], "a relative day not followed by 'until D' starts no span"),
]


@pytest.mark.parametrize(("body", "expected", "why"), RELATIVE_STARTS, ids=[row[2] for row in RELATIVE_STARTS])
def test_a_span_from_the_day_in_context(body: str, expected: list[str], why: str) -> None:
    assert when(events_of(body)) == expected, why


@pytest.mark.parametrize("what", ["dialogue", "festival", "training", "event"])
def test_a_count_of_days_of_other_gatherings(what: str) -> None:
    # "opens on 4 June 2030 a three-day dialogue": any gathering's count of days, not only a summit's or a visit's
    body = f"Published 1 June 2030\n\nThe council opens a three-day {what} on Tuesday, 4 June 2030, in Kathmandu."
    assert when(events_of(body)) == ["2030-06-04..2030-06-06"]

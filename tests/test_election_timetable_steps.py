"""The steps of an election's timetable are no events: nomination papers filed, lists of candidates or voters put
out, scrutiny of the papers, complaints against candidates, withdrawals, symbols allotted, the hours candidates can
file their papers, the filing of certificates of candidacy and its window (world-thirtyfifth 11 and 13: ten steps were
read as events; world-fortyfourth 13: two). Polling and voting stay events, and
so does a hearing or a meeting about a nomination; a committee's scrutiny of a bill is a sitting, no step. Items in
our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import electoral, extract

ITEM = """Election timetable published

Source: Electoral Commission

Published: 3 March 2031

{body}
"""

# (body, expected starts (all-day as a date, timed as date and hour), why)
CASES = [
    ("The timetable: nominations filed from March 10 to 12; the provisional list of candidates is published on "
     "March 14; scrutiny of the nomination papers from March 15 to 18; withdrawal of candidatures on March 20; "
     "election symbols allotted on March 22. Polling day is April 5, from 7 am to 5 pm.",
     ["2031-04-05 07:00"], "every step left out, the polling day kept"),
    ("Candidates can obtain and submit their forms from 9:00 AM to 3:00 PM at each district office. Voting takes "
     "place on March 29 from 8 am to 4 pm.",
     ["2031-03-29 08:00"], "the hours papers are filed in are no event"),
    ("The electoral roll goes on display at every ward office on March 9. Complaints against candidates may be "
     "lodged on March 16, and candidates may withdraw on March 17.",
     [], "the roll, complaints and withdrawals"),
    ("The Senate committee holds a hearing on the nomination on 5 March at 10 am.",
     ["2031-03-05 10:00"], "a hearing about a nomination is a happening"),
    ("The committee's line-by-line scrutiny of the bill begins on Tuesday 11 March at 2.00 pm.",
     ["2031-03-11 14:00"], "a committee's scrutiny of a bill is a sitting"),
    # (world-fortyfourth 13: a filing window and its hours were read as events)
    ("All is set for the first day of filing of certificates of candidacy, the board said; the filing runs from "
     "10 to 14 March. Candidacies are received from 8:00 a.m. to 5:00 p.m. In the islands, filing for council "
     "seats was moved to 20 to 24 March.", [], "certificates of candidacy and a filing window"),
]


@pytest.mark.parametrize(("body", "expected", "why"), CASES)
def test_election_timetable_steps(body: str, expected: list[str], why: str) -> None:
    events = extract(ITEM.format(body=body), source="steps", reference=dt.date(2031, 3, 3),
                     default_zone="UTC").events
    got = sorted(e.start.strftime("%Y-%m-%d %H:%M") if not e.all_day else e.start.strftime("%Y-%m-%d")
                 for e in events)
    assert got == expected, why


@pytest.mark.parametrize(("sentence", "marker", "expected"), [
    ("The final list of candidates comes out on January 9.", "January", True),
    ("Voters' list goes up at the office of the Returning Officer on December 1.", "December", True),
    ("Voting takes place at the designated polling stations on January 26.", "January", False),
    ("Nominations close with a ceremony at the town hall on May 2.", "May", False),
])
def test_timetable_step(sentence: str, marker: str, expected: bool) -> None:
    assert electoral.timetable_step(sentence, sentence.index(marker)) is expected

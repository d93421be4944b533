"""A line that gives a day and then only a paper's designation and number ("13.09.2031 - BT-Drucksache 21/1357",
"2 March 2031 – Document A/HRC/58/12", "04/05/2031: Doc. 15321"), as a parliament's record of a file lists the papers
filed in it: the day a paper was printed, nothing that happens. Such lines were read as all-day events named after the
paper. A meeting's line that names the meeting beside a paper number stays. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = "Record of proceedings\n\nSource: {org}\n\n{body}\n"


def _events(org: str, body: str) -> list:
    return extract(ITEM.format(org=org, body=body), source="x", reference=dt.date(2031, 10, 1)).events


@pytest.mark.parametrize(("org", "body"), [
    ("Example Federal Parliament",
     "Minor interpellation, tabled by the Left group\n\n13.09.2031 - BT-Drucksache 21/1357\n\n"
     "Answer of the Federal Government\n\n29.09.2031 - BT-Drucksache 21/1366"),
    ("Example Human Rights Council", "Report of the Special Rapporteur\n\n2 March 2031 – Document A/HRC/58/12"),
    ("Example Parliamentary Assembly", "Motion for a resolution\n\n04/05/2031: Doc. 15321"),
])
def test_a_day_and_a_paper_number_are_no_event(org: str, body: str) -> None:
    assert _events(org, body) == []


@pytest.mark.parametrize(("org", "body", "day"), [
    ("Example Federal Parliament",
     "The committee hears experts on the bill on 14.10.2031 - Drucksache 21/1400 is on its agenda.",
     dt.date(2031, 10, 14)),
    ("Example Parliamentary Assembly", "The Assembly debates the report on 20 October 2031 - Doc. 15321.",
     dt.date(2031, 10, 20)),
])
def test_a_meeting_beside_a_paper_number_stays(org: str, body: str, day: dt.date) -> None:
    events = _events(org, body)
    assert [e.start if isinstance(e.start, dt.date) and not isinstance(e.start, dt.datetime) else e.start.date()
            for e in events] == [day]


def test_a_bill_or_an_exam_paper_on_its_day_is_still_an_event() -> None:
    # (review: "15 September 2031 – Bill C-21" under the bills a House debates is a sitting's business)
    text = ("Order of business\n\nSource: House of Commons\n\nThe House will debate the following bills at second"
            " reading:\n\n15 September 2031 – Bill C-21\n16 September 2031 – Bill C-34\n")
    events = extract(text, source="test", reference=dt.date(2031, 9, 1)).events
    assert [f"{e.start}" for e in events] == ["2031-09-15", "2031-09-16"]

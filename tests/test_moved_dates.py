"""A line that names two dates, the one set aside and the one that holds ("No meeting on 3 March – next
meeting 17 March at 7 p.m.", "moved from 4 May to 11 May"): only the day that holds is an event, in a title
as in the text below it."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 3, 1)


def _events(title: str, body: str = "Residents may speak during the public comment period.") -> list[str]:
    text = f"{title}\n\nSource: Town Clerk\n\n{body}\n"
    found = extract(text, source="test", reference=_REFERENCE).events
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" if e.timezone else f"{e.start:%Y-%m-%d}" for e in found)


# (title, the one event it gives, why). Our own lines, in the forms notices use.
TITLES = [
    ("No Board meeting on 3 March – next meeting 17 March at 7 p.m.", "2026-03-17 19:00",
     "the day negated gives way to the next one"),
    ("Committee meeting moved from 24 March to 31 March, 6:30 pm", "2026-03-31 18:30",
     "'moved from X to Y' is the old day and the new, not a span"),
    ("Hearing rescheduled from April 7 to April 14 at 10 a.m.", "2026-04-14 10:00",
     "so is 'rescheduled from X to Y'"),
    ("Planning session postponed from Tuesday, March 10 to Thursday, March 12 at 5 p.m.", "2026-03-12 17:00",
     "'postponed from' a day to another: the other day holds, and is no cancellation"),
]


@pytest.mark.parametrize(("title", "expected", "why"), TITLES, ids=[row[2][:50] for row in TITLES])
def test_a_title_of_two_dates_gives_the_day_that_holds(title: str, expected: str, why: str) -> None:
    assert _events(title) == [expected], why


def test_a_sentence_moving_a_meeting_gives_the_new_day() -> None:
    body = "The zoning workshop has been moved from 24 March to 31 March, 6:30 pm, in the library annex."
    assert _events("Zoning workshop", body) == ["2026-03-31 18:30"]


def test_a_span_after_a_verb_of_moving_things_stays_a_span() -> None:
    # "moves to the hall, open from 10 am to 5 pm" is still a range; so is a fair that runs over days.
    body = "The craft fair moves to the drill hall and runs from 4 March to 6 March."
    assert _events("Craft fair", body) == ["2026-03-04"]


def test_a_meeting_postponed_from_one_day_to_another_is_no_cancellation() -> None:
    text = ("Planning session postponed from Tuesday, March 10 to Thursday, March 12 at 5 p.m.\n\n"
            "Source: Town Clerk\n\nResidents may speak during the public comment period.\n")
    events = extract(text, source="test", reference=_REFERENCE).events
    assert [e.status for e in events] == ["TENTATIVE"]

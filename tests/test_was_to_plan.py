"""A plan told in the past with "was to" or "were to" and its verb: "the ministers were to tour the north: ... on
Thursday, March 18", "the minister was to open the plant on Friday" (issue #10, "Not events": news of a postponement
says what was to happen as things stood). Those days are no events; "is to open the plant on Thursday" stays one.
Seen in world-hundredtwentysixth (Kenyan ministers' tours, postponed, with the days they were to take place); the
texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _starts(text: str) -> list[str]:
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" if isinstance(e.start, dt.datetime) else f"{e.start:%Y-%m-%d}"
                  for e in extract(text, source="test", reference=_REFERENCE).events)


def test_days_of_a_plan_told_with_were_to_are_no_events() -> None:
    text = ("Ministers' tours put off\n\nSource: Cabinet Office\n\nPublished 3 May 2021\n\n"
            "The ministers' tours have been put off until further notice.\n\n"
            "Under last week's schedule, the ministers were to tour the northern counties: the Minister of Roads to "
            "Marsabit on Thursday, May 6, and the Minister of Water to Isiolo on Friday, May 7.\n")
    assert _starts(text) == []


def test_a_plan_told_in_the_present_stays_an_event() -> None:
    text = ("Plant opening\n\nSource: Ministry of Industry\n\nPublished 3 May 2021\n\n"
            "The minister is to open the plant on Thursday, May 6.\n")
    assert _starts(text) == ["2021-05-06"]

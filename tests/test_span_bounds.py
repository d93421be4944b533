"""Weekdays that restate the first and last days of a run of days told before are that run's hours, no event of
their own (parsers/spanbounds.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

REFERENCE = dt.date(2026, 12, 1)

CASES = [
    # (body, expected days, why)
    ("Suva hosts the ninth Pacific Seismology Seminar on 14-16 October 2031. Sessions open in the early afternoon on "
     "Tuesday and end on Thursday evening.", ["2031-10-14..2031-10-16"],
     "'on Tuesday ... on Thursday': the run's first and last days said again, with their hours"),
    ("The fisheries congress meets in Apia from 13 to 17 October 2031. Doors open on Monday morning; the last "
     "session closes on Friday at lunchtime.", ["2031-10-13..2031-10-17"], "the same over two clauses"),
    ("The congress meets in Apia on 14-16 October 2031. On Wednesday the minister opens an exhibition of maps.",
     ["2031-10-14..2031-10-16", "2031-10-15"], "one weekday inside the run: an event of its own"),
    ("The congress meets in Apia on 14-16 October 2031. On Tuesday the minister opens an exhibition, and on Friday "
     "she visits the port.", ["2031-10-14", "2031-10-14..2031-10-16", "2031-10-17"],
     "weekdays that are not the run's first and last days: events of their own"),
]


def _days(body: str) -> list[str]:
    text = f"Notices\n\nSource: Press office\n\nPublished: 1 October 2031\n\n{body}\n"
    out = []
    for event in extract(text, source="t", reference=REFERENCE).events:
        last = event.end - dt.timedelta(days=1)
        out.append(f"{event.start}" + (f"..{last}" if last != event.start else ""))
    return sorted(out)


@pytest.mark.parametrize(("body", "expected", "why"), CASES, ids=[row[2][:50] for row in CASES])
def test_weekdays_that_restate_a_run(body: str, expected: list[str], why: str) -> None:
    assert _days(body) == expected, why

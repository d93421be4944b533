"""A post's heading that ends with the day it was posted, over a text that dates its event later, is no event on the
heading's day (parsers/postedheads.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

REFERENCE = dt.date(2026, 12, 1)

CASES = [
    # (body, expected days, why)
    ("Seismology seminar in Suva - 14.8.2031\n\nThe seismology seminar is held in Suva on 5 October 2031.",
     ["2031-10-05"], "'TITLE - D.M.YYYY' over a text that dates the seminar later: the heading's day is the post's"),
    ("Fisheries conference – 2 August 2031\n\nThe fisheries conference meets in Apia from 20 to 22 October 2031.",
     ["2031-10-20..2031-10-22"], "an en dash and a date in words, a range below"),
    ("Board meeting - 11.8.2031\n\nBoard meeting - 15.9.2031\n\nBoard meeting - 20.10.2031",
     ["2031-08-11", "2031-09-15", "2031-10-20"], "a list of dated lines: each line its own meeting"),
    ("Board meeting - 11.9.2031\n\nThe board meets in Nuuk to approve the budget.",
     ["2031-09-11"], "nothing dated later below: the heading dates the meeting"),
    ("Seismology seminar in Nuuk - 11.8.2031\n\nThe harbour festival follows on 20 September 2031.",
     ["2031-08-11", "2031-09-20"], "a later event of other words below: the heading's event stays"),
]


def _days(body: str) -> list[str]:
    text = f"Notices\n\nSource: Press office\n\nPublished: 1 August 2031\n\n{body}\n"
    out = []
    for event in extract(text, source="t", reference=REFERENCE).events:
        last = event.end - dt.timedelta(days=1)
        out.append(f"{event.start}" + (f"..{last}" if last != event.start else ""))
    return sorted(out)


@pytest.mark.parametrize(("body", "expected", "why"), CASES, ids=[row[2][:50] for row in CASES])
def test_a_heading_dated_when_posted(body: str, expected: list[str], why: str) -> None:
    assert _days(body) == expected, why

"""A weekday and its day of the month as an ordinal, with no month ("on Tuesday 8th at 7pm"): the day of that number
nearest the item's date that falls on that weekday. Before, the ordinal was left unread and the time fell on the
day of publication. A full date, a list or run of such days and another calendar's month are read as before.
Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from model import Event
from parsers import extract

REFERENCE = dt.date(2031, 12, 1)


def listed(body: str) -> list[str]:
    text = f"Town notice\n\nSource: Harrogate Town Council\n\nPublished: 2 December 2031\n\n{body}\n"
    events = extract(text, source="t", reference=REFERENCE).events

    def when(event: Event) -> str:
        if not event.all_day:
            return f"{event.start:%Y-%m-%d %H:%M}"
        last = event.end - dt.timedelta(days=1)  # an all-day event's end is exclusive
        return f"{event.start:%Y-%m-%d}" + (f"..{last:%Y-%m-%d}" if last != event.start else "")

    return sorted(when(e) for e in events)


@pytest.mark.parametrize(("body", "expected", "why"), [
    ("The allotment committee meets on Monday 8th at 7pm in the Harrogate library.", ["2031-12-08 19:00"],
     "weekday and ordinal: the Monday that is an 8th, near the stamp"),
    ("The carol service is on Friday, 12th, at 6.30pm in Harrogate.", ["2031-12-12 18:30"],
     "a comma between the weekday and its ordinal"),
    ("The committee meets on Monday 8th December at 7pm in Harrogate.", ["2031-12-08 19:00"],
     "with its month: a full date, as before"),
    ("The Christmas market is held on Monday 8th and Tuesday 9th December in Harrogate.", ["2031-12-08..2031-12-09"],
     "a pair of such days before their month: one span, as before"),
    ("The fair runs from Monday 8th to Friday 12th in Harrogate.", [],
     "a run of such days with no month: not read, rather than read as its last day alone"),
])  # fmt: skip
def test_weekday_and_ordinal(body: str, expected: list[str], why: str) -> None:
    assert listed(body) == expected, why

"""Days counted from the item's date in the words of British and Commonwealth releases: "on Thursday week" is a week
after the coming Thursday; "this coming Friday" and "later today" leave no "this" or "later" in the title. Items in our
own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

# (sentence, expected (start, summary), why)
CASES = [
    ("The Speaker will address the House on Thursday week at 14:00 in Suva.",
     ("2022-10-20 14:00", "Speech: Speaker addresses the House in Suva"), "a week after Thursday 13 October"),
    ("The Speaker will address the House on Thursday at 14:00 in Suva.",
     ("2022-10-13 14:00", "Speech: Speaker addresses the House in Suva"), "the coming Thursday"),
    ("The Minister will hold a press conference this coming Friday at 11:00 in Suva.",
     ("2022-10-14 11:00", "Press conference: Minister holds a press conference in Suva"), "'this coming'"),
    ("The Minister will brief reporters later today at 15:00 in Suva.",
     ("2022-10-12 15:00", "Event: Minister briefs reporters in Suva"), "'later today'"),
]


@pytest.mark.parametrize(("sentence", "expected", "why"), CASES)
def test_weekday_week_after(sentence: str, expected: tuple[str, str], why: str) -> None:
    item = f"Advisory\n\nSource: Parliament of Fiji\n\nPublished: Wednesday 12 October 2022\n\n{sentence}\n"
    events = extract(item, source="week", reference=dt.date(2026, 12, 3)).events
    assert [(e.start.strftime("%Y-%m-%d %H:%M"), e.summary) for e in events if isinstance(e.start, dt.datetime)] \
        == [expected], why

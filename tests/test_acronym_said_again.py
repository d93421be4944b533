"""A happening named with its acronym in one sentence ("holds its annual general meeting (AGM) on Nov. 30") and
timed in a later one that speaks of it by the acronym alone ("The AGM takes place ... on Wednesday, Nov. 30 from
noon to 1 p.m."): one event, not a whole day beside a timed one. An acronym is a name as a capitalised word is,
however short. Shown by world-fiftysecond item 4, whose AGM was also published as a whole day. Texts in our own
words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

CASES = [
    ("Chamber sets its AGM\n\nSource: Example Chamber of Commerce\n\nThe Riverside Chamber of Commerce holds its "
     "annual general meeting (AGM) on Nov. 30, the first under its new board chair.\n\nMembers and non-members are "
     "both welcome, and nominations for the board close on Nov. 21.\n\nThe AGM takes place at the Legion Hall in "
     "Kamloops on Wednesday, Nov. 30 from noon to 1 p.m. Tickets cost $20.\n",
     ["2022-11-30T12:00:00-08:00"], "the AGM said by its acronym"),
    ("Residents' forum\n\nSource: Example Housing Authority\n\nThe housing authority holds a residents' annual "
     "meeting (RAM) on 14 March, its first since the merger of the two estates.\n\nTenants may put questions in "
     "advance, and the deadline is 7 March.\n\nThe RAM takes place in the community hall, Leeds, on Tuesday, "
     "14 March from 6pm to 8pm.\n",
     ["2023-03-14T18:00:00+00:00"], "a meeting said by its acronym"),
]


@pytest.mark.parametrize(("text", "starts", "why"), CASES)
def test_acronym_said_again_with_its_time(text: str, starts: list[str], why: str) -> None:
    events = extract(text, source="t", reference=dt.date(2022, 11, 1) if "AGM" in text else dt.date(2023, 1, 1)).events
    assert [e.start.isoformat() for e in events] == starts, why

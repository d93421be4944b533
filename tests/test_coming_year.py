"""A year-less date told as to come that would fall well before the item's own date is next year's: a release of
2 July that says a visit "will" run "from 12 to 15 April", or that a council "meets on 4 March", means the April or
March after it, not the one gone by. A date told
in the past, one a few days before the item's date, or one whose weekday has already chosen its year keeps the
nearest year. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

HEAD = "Title\n\nSource: Coastal Ministry\n\nPublished: 2 July 2019\n\n"

# (body, expected first day, why)
CASES = [
    ("The Minister will lead a trade mission to Chile from 12 to 15 April.", "2020-04-12",
     "told as to come, three months before the item's date: next April"),
    ("The annual fisheries forum is due to open on 3 March in Valparaíso.", "2020-03-03", "'is due to': to come"),
    ("The Minister led a trade mission to Chile from 12 to 15 April.", "2019-04-12", "told in the past: history"),
    ("The Minister will visit the northern ports on 20 June.", "2019-06-20",
     "twelve days before the item's date: a release dated after its writing, the nearest year stands"),
    ("The Minister will visit the northern ports on Friday 12 April.", "2019-04-12",
     "a Friday in 2019, not in 2020: the weekday chose the year"),
    ("The Minister will visit the northern ports on 12 September.", "2019-09-12", "ahead of the item's date anyway"),
    ("The fisheries council meets on 4 March in Valparaíso to set the quotas.", "2020-03-04",
     "a meeting told in the present: a plan, to come"),
    ("The next round of talks is scheduled for 4 March in Valparaíso.", "2020-03-04", "'is scheduled for': to come"),
    # (found by probes of the year misses: "holds a town hall on 20 November" went to the November gone by)
    ("The port authority holds a town hall on its harbour plan on 4 March in Valparaíso.", "2020-03-04",
     "a gathering set up, told in the present: to come"),
    ("The ministry hosts an investors' forum on 4 March in Valparaíso.", "2020-03-04", "'hosts an ...': to come"),
]


@pytest.mark.parametrize(("body", "expected", "why"), CASES)
def test_a_date_to_come_after_the_item(body: str, expected: str, why: str) -> None:
    events = extract(HEAD + body + "\n", source="coming", reference=dt.date(2026, 12, 3), default_zone="UTC").events
    assert events, why
    first = events[0].start
    assert (first.date() if isinstance(first, dt.datetime) else first).isoformat() == expected, why


def test_the_note_says_why() -> None:
    event = extract(HEAD + CASES[0][0] + "\n", source="coming", reference=dt.date(2026, 12, 3)).events[0]
    assert "told as to come" in " ".join(event.notes)


# An item with no date of its own, whose only full date is history: a document it names by its date, or a day told
# in the past. It was written after that day, so a year-less date told as to come well before it is next year's.
UNDATED = [
    ("Under the ruling of 3 June 2021, the fisheries council will meet again on 14 March in Valparaíso.", "2022-03-14",
     "a document named by its date: the meeting to come is the March after it"),
    ("The quotas were cut on 3 June 2021. The fisheries council will meet again on 14 March in Valparaíso.",
     "2022-03-14", "a day told in the past: the same"),
    ("The fisheries council will meet on 14 March in Valparaíso; its final report is due on 30 June 2021.",
     "2021-03-14", "a full date still to come bounds nothing: the nearest March stands"),
]


@pytest.mark.parametrize(("body", "expected", "why"), UNDATED)
def test_a_date_to_come_after_the_items_history(body: str, expected: str, why: str) -> None:
    item = "Title\n\nSource: Coastal Ministry\n\n" + body + "\n"
    events = extract(item, source="coming", reference=dt.date(2026, 12, 3), default_zone="UTC").events
    assert events, why
    first = events[0].start
    assert (first.date() if isinstance(first, dt.datetime) else first).isoformat() == expected, why

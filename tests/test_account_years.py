"""The year an account covers ("Annual Report 2018", "the 2018 annual results", "Financial Statements for 2018") is
gone by when the account is given out: an item that names it and gives its days no year is of the year after (the
launch of the 2018 report falls in 2019). A year that names an event ("Games 2018") is the event's. Items in our own
words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

# (title, sentence, expected start, why)
CASES = [
    ("Launch of the Annual Report 2018", "The Ministry presents the report on 14 March at 10:00 in Nairobi.",
     "2019-03-14 10:00", "the title's account"),
    ("Results", "The Bank presents its 2018 annual results on 14 March at 10:00 in Nairobi.", "2019-03-14 10:00",
     "the sentence's account"),
    ("Annual Report 2018 launch", "The report is launched on Thursday 14 March at 10:00 in Nairobi.",
     "2019-03-14 10:00", "a Thursday in 2019 and in 2024: the account's year after breaks the tie"),
    ("Games 2018", "The Games open on 14 March at 10:00 in Nairobi.", "2018-03-14 10:00", "an event's own year"),
]


@pytest.mark.parametrize(("title", "sentence", "expected", "why"), CASES)
def test_account_years(title: str, sentence: str, expected: str, why: str) -> None:
    item = f"{title}\n\nSource: National Bank\n\n{sentence}\n"
    events = extract(item, source="accounts", reference=dt.date(2026, 12, 3)).events
    assert [e.start.strftime("%Y-%m-%d %H:%M") for e in events if isinstance(e.start, dt.datetime)] == [expected], why


def test_the_note_names_the_account() -> None:
    item = f"{CASES[0][0]}\n\nSource: National Bank\n\n{CASES[0][1]}\n"
    event = extract(item, source="accounts", reference=dt.date(2026, 12, 3)).events[0]
    assert "the account of 2018, given out in 2019" in " ".join(event.notes)

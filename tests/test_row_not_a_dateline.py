"""A row that says what, when and where with hyphens ("Budget town hall - March 10, 2026 6:00 PM EDT - City Hall"),
and a line that opens a list of that day ("Programme of the Prime Minister for 12 March 2026:"), are not datelines:
words in lower case before the date name a thing, not the place a text was written in; a place's dateline stays
one. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract


def _events(body: str) -> list[tuple[str, str]]:
    text = f"Notices\n\nSource: Works Office\n\n{body}\n"
    events = extract(text, source="rows", reference=dt.date(2026, 1, 20)).events
    return [(f"{e.start:%Y-%m-%d %H:%M}" if not e.all_day else f"{e.start:%Y-%m-%d}", e.summary) for e in events]


@pytest.mark.parametrize(("body", "expected", "why"), [
    ("Budget town hall - March 10, 2026 6:00 PM EDT - Hartford City Hall",
     [("2026-03-10 18:00", "Event: Budget town hall - Hartford City Hall")], "a row of hyphens: its event, one hyphen"),
    ("Upcoming events:\nBudget town hall - March 10, 2026 6:00 PM EDT - Hartford City Hall\n"
     "Parks forum - March 12, 2026 7:00 PM EDT - Hartford Public Library",
     [("2026-03-10 18:00", "Event: Budget town hall - Hartford City Hall"),
      ("2026-03-12 19:00", "Conference: Parks forum - Hartford Public Library")], "the first row too"),
    ("Programme of the Prime Minister for 12 March 2026:\n10:00 – Meeting with the Ambassador of Japan\n"
     "11:30 – Cabinet session",
     [("2026-03-12 10:00", "Meeting with the Ambassador of Japan"), ("2026-03-12 11:30", "Meeting: Cabinet session")],
     "a list's day, its colon ending the line"),
    ("Schedule for 12.03.2026:\n\n10:00 – Meeting with the Ambassador of Japan\n\n11:30 – Cabinet session",
     [("2026-03-12 10:00", "Meeting with the Ambassador of Japan"), ("2026-03-12 11:30", "Meeting: Cabinet session")],
     "a dotted day, its rows set apart by blank lines"),
    ("HARTFORD - March 10, 2026 - The council approved the budget after a long debate.", [],
     "a town's dateline: when the story was written, as before"),
    ("Stratford-upon-Avon - March 10, 2026 - The council approved the budget after a long debate.", [],
     "the small words of a town's name are not a thing's"),
    ("Dar es Salaam, 10 March 2026:\nThe council approved the budget after a long debate.", [],
     "a town's small words before a colon: a dateline"),
])  # fmt: skip
def test_a_row_of_hyphens_is_not_a_dateline(body: str, expected: list[tuple[str, str]], why: str) -> None:
    assert _events(body) == expected, why

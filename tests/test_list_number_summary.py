"""The number of a list's row ("1.", "2)") or of a section ("1.2") that opens the line an event is read from belongs
to the list, not to the event's name: the summary leaves it out. A clock that opens the line ("12.30 Lunch") is no
such number. Texts in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

REFERENCE = dt.date(2025, 3, 3)


def _summaries(line: str) -> list[str]:
    text = f"Fair notice\n\nSource: Port of Lindholm\n\nPublished 3 March 2025\n\n{line}\n"
    return [e.summary for e in extract(text, source="rows", reference=REFERENCE).events]


@pytest.mark.parametrize(("line", "summary"), [
    ("1. Province of Tamra meets on 10 March 2025 at the provincial hall.",
     "Meeting: Province of Tamra meets at the provincial hall"),
    ("2) Opening ceremony of the fair on 10 March 2025 in the customs hall.",
     "Ceremony: Opening ceremony of the fair in the customs hall"),
    ("1.2 Opening of the harbour fair on 10 March 2025 in the customs hall.",
     "Event: Opening of the harbour fair in the customs hall"),
])
def test_the_row_number_leaves_the_summary(line: str, summary: str) -> None:
    assert _summaries(line) == [summary]


def test_a_number_that_names_is_kept() -> None:
    # "10-day" is part of the name: no row's number.
    assert _summaries("10-day harbour fair opens on 10 March 2025 in the customs hall.") \
        == ["Event: 10-day harbour fair opens in the customs hall"]


def test_a_clubs_ordinal_is_kept() -> None:
    # "1. FSV": a German club's ordinal before its letters, part of its name
    assert _summaries("1. FSV Lindholm plays the cup final on 10 March 2025 at the harbour stadium.") \
        == ["Event: 1. FSV Lindholm plays the cup final at the harbour stadium"]

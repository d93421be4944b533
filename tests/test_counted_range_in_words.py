"""A range of numbers in words before a share or a period a count is of ("will appoint between two and four in the
spring", "between two and five on each side") is a count, no range of hours; "between two and four o'clock" and
"between 12 and three." stay hours. Texts in our own words (review of s51-leftA)."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract


def _starts(body: str) -> list[str]:
    events = extract(f"Notice\n\n{body}\n", source="t", reference=dt.date(2026, 3, 1)).events
    return [e.start.isoformat()[:16] for e in events]


@pytest.mark.parametrize(
    "tail", ["will appoint between two and four in the spring.", "expects between two and five on each side."])
def test_a_count_is_no_clock(tail: str) -> None:
    assert _starts(f"The council meets on 12 May 2026 and {tail}") == ["2026-05-12"]


def test_hours_in_words_stay() -> None:
    assert _starts("The clinic is open on 12 May 2026 between two and four o'clock.") == ["2026-05-12T14:00"]

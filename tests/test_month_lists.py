"""Days listed one by one: with a weekday each ("Tuesday 23, Wednesday 24 and Thursday 25 April 2024") and with the
month before them ("April Tuesday 23, Wednesday 24 and Thursday 25, 2024", "May 5, 6 and 7"). Days that follow each
other are one span, as "5, 6 and 7 September" is; days apart ("March 3, 10 and 17") are each a day. Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers.dates import find_mentions
from tests.year_texts import events_of, starts

LISTS = [
    # (text, expected (kind, first, last) of the date mentions, why)
    ("Tuesday 23, Wednesday 24 and Thursday 25 April 2024",
     [("span", "2024-04-23", "2024-04-25")], "each day with its weekday: one span"),
    ("April Tuesday 23, Wednesday 24 and Thursday 25, 2024",
     [("span", "2024-04-23", "2024-04-25")], "the month first, then the weekdays and days"),
    ("on May 5, 6 and 7, 2025", [("span", "2025-05-05", "2025-05-07")], "the month first, days that follow"),
    ("on March 3, 10 and 17, 2025", [("day", "2025-03-03", ""), ("day", "2025-03-10", ""), ("day", "2025-03-17", "")],
     "days a week apart: three days"),
    ("on March 3 and 10, 2025", [("day", "2025-03-03", ""), ("day", "2025-03-10", "")],
     "two days apart stay as they were read (a span's 'and', split by the rule for two dates)"),
]


def _iso(part: object) -> str:
    return "" if part is None else dt.date(part.year, part.month, part.day).isoformat()  # type: ignore[attr-defined]


@pytest.mark.parametrize(("text", "expected", "why"), LISTS, ids=[row[2] for row in LISTS])
def test_listed_days(text: str, expected: list[tuple[str, str, str]], why: str) -> None:
    found = [(m.kind, _iso(m.first), _iso(m.last)) for m in find_mentions(text) if m.kind in ("day", "span")]
    assert found == expected, why


def test_a_heading_of_listed_days_dates_the_hearing_under_its_time() -> None:
    body = ("The Court sits in Bridgetown from April 22 to 26, 2024.\n\nPUBLIC HEARINGS\n"
            "April Tuesday 23, Wednesday 24 and Thursday 25, 2024\nFrom 9:00 (Barbados time)\n"
            "Public hearing on the advisory opinion")
    assert starts(events_of(body, "Session of the Court"))[:1] == ["2024-04-23 13:00"]

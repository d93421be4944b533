"""A wire's dateline without a year ("CITY, Month D. /AGENCY/."): the day the story was filed, whose weekday,
told where the news was said, gives the year of every date of the story. Small texts of our own through the
whole parser."""

from __future__ import annotations

import pytest

from tests.test_notevents import events_of, when

SLASHED = [
    # (body, expected days, why)
    ("DOHA, March 5. /GULF WIRE/. The emir receives the visiting president for talks on March 9, his office "
     "told reporters on Wednesday.",
     ["2025-03-09"], "the agency between slashes after a full stop is a wire's dateline; 'told reporters on "
     "Wednesday' names its day, 5 March, a Wednesday in 2025, though the paragraph gives another date"),
    ("DOHA, March 5 (Gulf Wire) - The emir receives the visiting president for talks on March 9, his office "
     "told reporters on Wednesday.",
     ["2025-03-09"], "the bracketed agency, as before"),
    ("DOHA, March 5. /GULF WIRE/. The emir receives the visiting president for talks on March 9.",
     ["2026-03-09"], "no weekday of the news day: the careful default year"),
]


@pytest.mark.parametrize(("body", "expected", "why"), SLASHED, ids=[row[2] for row in SLASHED])
def test_a_slashed_wire_dateline_dates_the_story(body: str, expected: list[str], why: str) -> None:
    assert when(events_of(body, "Talks in Doha")) == expected, why

"""A journey told in one sentence, from the day it sets out to the day it arrives, is also the journey as a whole:
"The governor is to leave Majuro on June 2nd, call at three atolls, and arrive at Ebeye on June 6th"."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract


def _spans(body: str) -> set[tuple[dt.date, dt.date]]:
    text = f"Governor's tour of the outer atolls\n\nSource: test\n\nMajuro, May 20, 2026 - {body}\n"
    events = extract(text, source="test", reference=dt.date(2026, 5, 20)).events
    return {(e.start, e.end) for e in events if not isinstance(e.start, dt.datetime)}


@pytest.mark.parametrize("body", [
    "The governor is to leave Majuro on June 2nd, call at three atolls, and arrive at Ebeye on June 6th.",
    "The delegation departs Majuro on June 2nd for the atolls and returns on June 6th.",
])
def test_the_sentence_gives_the_whole_journey(body: str) -> None:
    # an all-day span is written with its end the day after its last day
    assert (dt.date(2026, 6, 2), dt.date(2026, 6, 7)) in _spans(body)


def test_two_days_without_a_journey_stay_two_days() -> None:
    spans = _spans("The council meets on June 2nd and again on June 6th.")
    assert (dt.date(2026, 6, 2), dt.date(2026, 6, 7)) not in spans

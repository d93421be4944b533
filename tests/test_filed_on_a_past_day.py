"""A day a suit, a complaint or a petition was filed on: "a report on the suit filed on March 5, 2018 to stop any
sale" (an agenda item of a hospital district's board notice, seen in world-hundredtwentyfourth, where the filing
day was published as an event beside the meeting). "filed" right before the day is a past like "held" or "met"
(parsers/pastdays.py, _DID_RIGHT_BEFORE), before the item's newest full date; "will be filed on" is still to come.
The texts are ours."""

from __future__ import annotations

import datetime as dt

from tests.conftest import days_of

_REFERENCE = dt.date(2026, 3, 1)


def _days(text: str) -> list[str]:
    return days_of(text, _REFERENCE)


def test_the_filing_day_is_no_event() -> None:
    text = ("Board meeting\n\nSource: Example Clinic District\n\n"
            "The Board of Trustees will hold a regular meeting on March 10, 2026 at 6:00 p.m. at the clinic. "
            "In closed session it hears counsel on the complaint filed on February 2, 2026 against the district.\n")
    assert _days(text) == ["2026-03-10"]


def test_a_filing_to_come_stays() -> None:
    text = ("Filing day\n\nSource: Example Clinic District\n\n"
            "The annual report will be filed on March 20, 2026 at the county office.\n")
    assert _days(text) == ["2026-03-20"]

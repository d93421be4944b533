"""The days in brackets after the name of a period ("October Term 2030 (October 7, 2030, through October 5, 2031)",
"Fiscal Year 2032 (October 1, 2031 - September 30, 2032)", "the 2031-32 academic year (September 1, 2031 - June 30,
2032)") bound that period; nothing happens on them. A court's list of opinions made its term's first day an event.
A meeting told in the same words stays. Sentences in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """{title}

Source: {source}

{body}
"""


def _days(body: str) -> list[str]:
    events = extract(ITEM.format(title="Opinions of the Court", source="Court", body=body), source="example",
                     reference=dt.date(2031, 9, 1), default_zone="America/New_York").events
    return sorted(e.start.strftime("%Y-%m-%d") for e in events)


@pytest.mark.parametrize("body", [
    "The opinions listed here were issued during October Term 2030 (October 7, 2030, through October 5, 2031).",
    "The grants below were awarded in Fiscal Year 2032 (October 1, 2031 - September 30, 2032).",
    "Enrolment figures cover the academic year (September 1, 2031 - June 30, 2032).",
], ids=["court-term", "fiscal-year", "academic-year"])
def test_the_bounds_of_a_named_period_are_no_event(body: str) -> None:
    assert _days(body) == []


def test_a_conference_on_those_days_stays() -> None:
    body = "The Judicial Conference will meet in Washington from October 7 to October 9, 2031."
    assert _days(body) == ["2031-10-07"]

"""A participle of speaking that opens the sentence with its day ("Speaking on 30 September, the Minister said ...")
gives the day the words were spoken, not an event, when the sentence tells what was said; "Speaking at the summit on
12 October, the Minister will present the plan" announces the speech. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Speaking on 30 September, the Minister said talks would resume.", []),
    ("Addressing reporters at a briefing on Friday, she said the plan was ready.", []),
    ("Writing in a newspaper on 29 September, the Governor stated that rates would stay.", []),
    ("Speaking at the summit on 12 October, the Minister will present the plan.", ["2022-10-12"]),
])  # fmt: skip
def test_speaking_on_a_day(sentence: str, expected: list[str]) -> None:
    item = f"Remarks\n\nSource: Probe Ministry\n\nPublished: 3 October 2022\n\n{sentence}\n"
    events = extract(item, source="probe", reference=dt.date(2026, 12, 3)).events
    assert [e.start.isoformat() for e in events] == expected

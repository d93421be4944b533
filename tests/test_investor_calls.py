"""A company's call with its investors is a conference, as a conference call is: "An analyst call follows at 10:00
CET" after the annual report's release was titled by the sentence before ("Company publishes its annual report"), as
a bare clause of no kind (found probing world-twentyseventh's family of companies). Texts in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract, kinds


@pytest.mark.parametrize(("text", "expected"), [
    ("An analyst call follows", kinds.CONFERENCE),
    ("The earnings webcast starts", kinds.CONFERENCE),
    ("Capital Markets Day in Frankfurt", kinds.CONFERENCE),
    ("The investor day opens with a keynote", kinds.CONFERENCE),
    ("She calls the ministers", kinds.EVENT),
])
def test_classify_investor_calls(text: str, expected: str) -> None:
    assert kinds.classify(text) == expected


def test_an_analyst_call_after_a_release_is_named_by_its_own_clause() -> None:
    text = ("Annual report\n\nSource: Nordwerk AG\n\nPublished: 3 March 2025\n\nThe company will publish its annual "
            "report on 20 March 2025 at 07:00 CET. An analyst call follows at 10:00 CET.\n")
    events = extract(text, source="calls", reference=dt.date(2026, 1, 20)).events
    call = next(e for e in events if e.start.strftime("%H:%M") == "10:00")
    assert call.summary == "Conference: Analyst call follows"

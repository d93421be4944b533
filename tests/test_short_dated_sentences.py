"""A short dated sentence that tells what someone will do ("The Board will review the rate on 10 April.", "The
Minister will update Parliament on 10 April.") or that a thing is scheduled for a day ("The next review is scheduled
for 10 April.") is an event, not a date line that only sets the day in context; a line about the text itself ("Next
review due on ...", "The next release is scheduled for ...") still is none. (Found by probes of the held-out kind
"unread": a central bank's release.) Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

REFERENCE = dt.date(2026, 12, 4)


def _events(body: str) -> list[tuple[str, str]]:
    text = f"Statement on rates\n\nSource: Example Central Bank\n\nWellington, 28 February 2024\n\n{body}\n"
    events = extract(text, source="t", reference=REFERENCE, default_zone="Pacific/Auckland").events
    return [(str(e.start), e.summary) for e in events]


@pytest.mark.parametrize(("body", "words"), [
    ("The Board will review the rate on 10 April.", "review"),
    ("The Treasurer will update Parliament on 10 April.", "Parliament"),
    ("The next review is scheduled for 10 April.", "review"),
    ("Our annual hui is set for 10 April.", "hui"),
    ("The monetary policy meeting is planned for 10 April.", "meeting"),
])
def test_a_short_sentence_that_tells_what_happens_is_an_event(body: str, words: str) -> None:
    [(start, summary)] = _events(body)
    assert start == "2024-04-10"
    assert words in summary


@pytest.mark.parametrize("body", [
    "Next review due on 10 April 2025.",
    "The next release is scheduled for 10 April.",
    "This page will be updated on 10 April.",
    # (found by review: the paper named by a later word of the subject, or as the object)
    "The next data release is scheduled for 10 April.",
    "The next quarterly update is scheduled for 10 April.",
    "The CPI release is scheduled for 10 April.",
    "The Bank will update this page on 10 April.",
    "The Bank will review this policy on 10 April.",
    "This policy is set for review on 10 April 2025.",
])
def test_a_line_about_the_text_itself_is_no_event(body: str) -> None:
    assert _events(body) == []

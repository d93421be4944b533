"""News reports of what a spokesman said: a wire's dateline without a year ("CITY, Month D. /AGENCY/."), the day
the story was filed, whose weekday, told where the news was said, gives the year of every date of the story; and
the day something was said, which is no event. Small texts of our own through the whole parser."""

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


SAID = [
    # (body, expected days, why)
    ("The ministry's spokeswoman announced it at a press briefing on Thursday, 3 March.\n\n"
     "On 9-10 March the ministers of Chile and Peru will visit the capital together.",
     ["2022-03-09..2022-03-10"], "a dated day after a verb of saying in the past, in an item with no date of its "
     "own, is when it was said: no event, though it dates the visit to come"),
    ("The ministry's spokeswoman will announce it at a press briefing on Thursday, 3 March.",
     ["2022-03-03"], "a briefing to come is an event"),
]


@pytest.mark.parametrize(("body", "expected", "why"), SAID, ids=[row[2] for row in SAID])
def test_the_day_something_was_said_is_no_event(body: str, expected: list[str], why: str) -> None:
    assert when(events_of(body, "Ministers to visit next week")) == expected, why


SUNDAY_PAPERS = [
    # (body, expected days, why)
    ("Thursday 1 May 2025\n\nHarbour plan: other papers take up the story after a long piece in The Courier on "
     "Sunday",
     [], "'The <Name> on Sunday' inside a sentence names a Sunday paper, not a day"),
    ("Thursday 1 May 2025\n\nThe minister meets the President on Sunday to talk about the harbour plan.",
     ["2025-05-04"], "'the President on Sunday' is a day"),
]


@pytest.mark.parametrize(("body", "expected", "why"), SUNDAY_PAPERS, ids=[row[2] for row in SUNDAY_PAPERS])
def test_a_sunday_paper_is_no_day(body: str, expected: list[str], why: str) -> None:
    assert when(events_of(body, "Harbour plan")) == expected, why


@pytest.mark.parametrize(("title", "expected"), [
    ("Health in the media: Tuesday 6 May 2025", []),
    ("Press review, Tuesday 6 May 2025", []),
    ("Open day at the clinic: Tuesday 6 May 2025", ["2025-05-06"]),
])
def test_a_digest_of_the_days_news_is_no_event_of_its_day(title: str, expected: list[str]) -> None:
    body = "Stories in today's papers: the new hospital wing, and an award for the night nurses."
    assert when(events_of(body, title)) == expected, title


def test_a_day_someone_was_sworn_in_is_history() -> None:
    body = ("PORT VILA (Dec 1): The town council opens its new term with two sittings, on December 19 and 20.\n\n"
            "The mayor, sworn in as the town's fifth mayor on November 24, had said he would seek a vote of trust.")
    assert when(events_of(body, "Council to sit")) == ["2026-12-19..2026-12-20"]

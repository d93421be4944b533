"""A slot told in the past perfect, "had been due to hold a briefing on Thursday, 6 June 2013 at 16h00", is a plan
the news replaced, as "was originally due to ... on" is (issue #10, "Not events": replaced plans): no event at it, and
the new slot stands. Seen in world-ninetyninth (an African Union committee's postponed press briefing); the texts are
ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from tests.conftest import timed_starts_of

_REFERENCE = dt.date(2013, 6, 1)


def _starts(text: str) -> list[str]:
    return timed_starts_of(text, _REFERENCE)


def test_the_slot_it_had_been_due_at_is_no_event() -> None:
    text = ("Invitation to the media: the Chairperson's briefing postponed\n\nSource: Commission\n\n"
            "The Chairperson had been due to hold a press briefing on Thursday, 6th June 2013 at 16h00; it has been "
            "moved to Friday 7 June at 11h00, in Briefing Room 2, Addis Ababa.\n")
    assert _starts(text) == ["2013-06-07 11:00"]


def test_had_been_scheduled_for_a_visit() -> None:
    text = ("Visit of the Commissioner\n\nSource: Commission\n\n"
            "The Commissioner had been scheduled to visit the port in Mombasa on 10 June 2013 at 09:00. The visit will "
            "now take place on 12 June 2013 at 10:00.\n")
    assert _starts(text) == ["2013-06-12 10:00"]


def test_a_plan_in_the_past_perfect_that_stands_is_kept() -> None:
    text = ("Maternity wing\n\nSource: Ministry of Health of Ruritania\n\nThe Ministry confirmed that the Minister "
            "had been scheduled to open the new maternity wing in Kisumu on Friday 20 June 2031, and that the "
            "opening goes ahead as planned.\n")
    assert [e.start.isoformat() for e in extract(text, source="wing", reference=dt.date(2031, 6, 1)).events] \
        == ["2031-06-20"]

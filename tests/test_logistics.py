"""Practicalities are not events: a sign-up or registration deadline, whatever verb the text uses."""

from __future__ import annotations

import pytest

from parsers import extract

from .conftest import REFERENCE

ITEM = """Minister to brief the press

Source: Ministry

On Tuesday, 3 March 2026, the Minister will brief journalists in Brussels.

Media Advisory

10:00 (CET)   Press briefing by the Minister

Journalists who want to ask a question online must {verb} by 08:30 (CET) on 3 March 2026 by email.
"""


@pytest.mark.parametrize("verb", ["register", "sign up", "sign-up", "signup"])
def test_a_sign_up_deadline_is_no_event(verb: str) -> None:
    events = extract(ITEM.format(verb=verb), source="logistics", reference=REFERENCE).events
    assert [e.start.strftime("%H:%M") for e in events if not e.all_day] == ["10:00"], [e.summary for e in events]


FIELD_ITEM = """Press conference on the harvest report

Source: Farmers' Union

Monday, 14 September 2026

What: the Union presents its harvest report
Where: Hall B, Grand Hotel, Lahore
{line}
"""

# (the "When:" line, the times of the events, why)
FIELD_LINES = [
    ("When: Tuesday, 15 September 2026, 11:00 (11 am); come half an hour early to register and pass the security check",
     ["11:00"], "the advice after the semicolon tells the press how to attend; the line still gives the event's time"),
    ("When: Tuesday, 15 September 2026, 11:00 (11 am); bring your press card",
     ["11:00"], "a practicality in a later clause leaves the entry's own clause an event"),
    ("When: Tuesday, 15 September 2026, 16:30 (4:30 pm); media pass holders use the rear door",
     ["16:30"], "the same with a word for the press other than registering"),
]


@pytest.mark.parametrize(("line", "expected", "why"), FIELD_LINES)
def test_advice_after_a_semicolon_leaves_the_time_an_event(line: str, expected: list[str], why: str) -> None:
    events = extract(FIELD_ITEM.format(line=line), source="logistics", reference=REFERENCE).events
    assert [e.start.strftime("%H:%M") for e in events if not e.all_day] == expected, why


def test_a_practicality_in_the_first_clause_is_still_no_event() -> None:
    line = "Registration: Tuesday, 15 September 2026, 10:00; the briefing follows"
    events = extract(FIELD_ITEM.format(line=line), source="logistics", reference=REFERENCE).events
    assert all(e.start.strftime("%H:%M") != "10:00" for e in events if not e.all_day)


def test_advice_after_the_time_does_not_name_the_event() -> None:
    line = FIELD_LINES[0][0]
    events = [e for e in extract(FIELD_ITEM.format(line=line), source="logistics", reference=REFERENCE).events
              if not e.all_day]
    assert [e.summary for e in events] == ["Union presents its harvest report"]

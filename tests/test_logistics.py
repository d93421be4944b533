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

"""The same time on another clock after a slash ("Time: 8:00 a.m. CT / 9:00 a.m. ET", "at 9:00 a.m. ET / 15:00
CET") says the time again: it is no part of the event's title, which was "/ 9:00 a.m. ET" or "Call starts / 15:00
CET" (an earnings call's card, met probing world-twentyseventh's family of companies and markets). The card's caption
names it instead. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.kinds import other_clock_only

ITEM = """Quarterly results call

Source: Harbor Freightways

Published: 2 April 2025

{body}
"""

# (body, expected (UTC start, summary), why)
CASES = [
    ("Conference call details\nDate: Wednesday, April 30, 2025\nTime: 8:00 a.m. CT / 9:00 a.m. ET\n"
     "Dial-in: +1 (646) 555-0100", ("2025-04-30 13:00", "Conference call details"), "a card: its caption"),
    ("The call starts on Wednesday, April 30, 2025 at 8:00 a.m. CT / 9:00 a.m. ET.",
     ("2025-04-30 13:00", "Event: Call starts"), "a sentence: the other clock leaves the title"),
    ("The call starts on Wednesday, April 30, 2025 at 9:00 a.m. ET / 15:00 CET.",
     ("2025-04-30 13:00", "Event: Call starts"), "a 24-hour clock after the slash"),
    ("30 April 2025, 9:00-10:00 EDT / 15:00-16:00 CEST: Online call for analysts",
     ("2025-04-30 13:00", "Online call for analysts"), "hours on both clocks, a row's title after them"),
    ("The call starts on 30 April 2025 at 15:00 Geneva time / 9:00 New York time.",
     ("2025-04-30 13:00", "Event: Call starts"), "a town's clock after the slash"),
]


def test_a_towns_clock_is_no_place() -> None:
    body = "The call starts on 30 April 2025 at 15:00 Geneva time / 9:00 New York time."
    events = extract(ITEM.format(body=body), source="slash", reference=dt.date(2026, 1, 20)).events
    assert [e.location for e in events] == [""], "New York tells the time, not where the call is"


@pytest.mark.parametrize(("body", "expected", "why"), CASES)
def test_slashed_other_clock(body: str, expected: tuple[str, str], why: str) -> None:
    events = [e for e in extract(ITEM.format(body=body), source="slash", reference=dt.date(2026, 1, 20)).events
              if not e.all_day]
    assert [(e.start.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M"), e.summary) for e in events] == [expected], why


@pytest.mark.parametrize(("text", "expected"), [
    ("/ 9:00 a.m. ET", True), ("/ 15:00 CET", True), ("Call starts / 15:00 CET", False), ("Q&A / panel", False),
])
def test_other_clock_only(text: str, expected: bool) -> None:
    assert other_clock_only(text) is expected

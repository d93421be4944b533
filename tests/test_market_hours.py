"""A market's early close or closed day ("US equity markets will close early, at 1:00 p.m. ET, on Friday, November 29,
and will be closed on Thursday, November 28", "Trading on the exchange ends early at 12:30 on Tuesday, 24 December")
tells its trading hours, as an exchange's holiday calendar does: no event (both days were events at 1 p.m., met
probing world-twentyseventh's family of markets). An exchange's ceremony at the close stays. Items in our own
words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.closures import closes_a_place
from parsers.dates import find_mentions

# (body, expected local starts, why)
CASES = [
    ("US equity markets will close early, at 1:00 p.m. ET, on Friday, November 29, and will be closed on Thursday, "
     "November 28, for Thanksgiving.", [], "an early close and a closed day"),
    ("Trading on the exchange ends early at 12:30 on Tuesday, 24 December.", [], "trading ends early"),
    ("The exchange's chief executive will ring the closing bell at 4 p.m. ET on Friday, November 29.",
     ["2024-11-29 16:00"], "a ceremony at the close is an event"),
]


@pytest.mark.parametrize(("body", "expected", "why"), CASES)
def test_market_hours(body: str, expected: list[str], why: str) -> None:
    text = f"Holiday trading hours\n\nSource: Harbour Exchange\n\nPublished: 20 August 2024\n\n{body}\n"
    events = extract(text, source="market", reference=dt.date(2026, 1, 20)).events
    assert sorted(e.start.strftime("%Y-%m-%d %H:%M") for e in events if not e.all_day) == expected, why


def test_a_market_closed_on_a_day_is_a_closure() -> None:
    sentence = "The stock market will be closed on Monday, 25 December."
    day = next(m for m in find_mentions(sentence, "") if m.kind == "day")
    assert closes_a_place(sentence, day)

"""An undated item that names the COVID-19 crisis as the present cause of how things are done ("Door de coronacrisis
vergaderen de commissies digitaal", "Because of the coronavirus pandemic, the hearing is held online") is of the
crisis's years, 2020 to 2022: its "woensdag 24 juni" is of 2020, not of 2026, where 24 June is also a Wednesday
(world-hundredfortieth 10: a city council's committee cards with no year). Told as past ("Since the corona crisis")
it bounds nothing. Texts in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Vergaderingen

Source: Raad

{body}
"""

# (body, expected starts, why)
CASES = [
    ("Commissie Zorg\nDatum: woensdag 24 juni\nTijd: 14.00 uur\n\nDoor de coronacrisis vergaderen de commissies "
     "digitaal.", ["2020-06-24 14:00"], "Dutch, the crisis as the cause of meeting online"),
    ("Because of the coronavirus pandemic, the committee's hearing on Tuesday, June 16 at 10:00 is held online.",
     ["2020-06-16 10:00"], "English"),
    ("Commissie Zorg\nDatum: woensdag 24 juni\nTijd: 14.00 uur\n\nSinds de coronacrisis zijn de vergaderingen ook "
     "online te volgen.", ["2026-06-24 14:00"], "told as past: no bound"),
]


@pytest.mark.parametrize(("body", "expected", "why"), CASES)
def test_present_pandemic_year(body: str, expected: list[str], why: str) -> None:
    events = extract(ITEM.format(body=body), source="raad", reference=dt.date(2026, 12, 7), default_zone="UTC").events
    assert sorted(e.start.strftime("%Y-%m-%d %H:%M") for e in events) == expected, why

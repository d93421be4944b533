"""An ambiguous zone label ("PST", "IST", "CST") at a place that keeps none of the clocks it may name is the clock of
the item's own towns or country, when only one of them keeps one: a ministry in Islamabad announcing an appeal "in
Geneva at 1400 hrs PST" means Pakistan's clock, not the Pacific's. Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

# (source, dateline, body, expected (UTC start, zone), why)
CASES = [
    ("Ministry of Foreign Affairs (Pakistan)", "Islamabad, 20 June 2024",
     "The donors' conference opens in Geneva on 25 June 2024 at 1400 hrs PST.", ("2024-06-25 09:00", "Asia/Karachi"),
     "a Pakistani item, an event in Geneva: Pakistan's clock"),
    ("Department of Foreign Affairs (Philippines)", "Manila, 20 June 2024",
     "The Secretary addresses the assembly in Geneva on 25 June 2024 at 4:00 PM PST.",
     ("2024-06-25 08:00", "Asia/Manila"), "a Philippine item: Manila's clock"),
    ("Department of Foreign Affairs (Ireland)", "Dublin, 20 June 2024",
     "The Tánaiste speaks at the conference in Geneva on 25 June 2024 at 10:00 IST.",
     ("2024-06-25 09:00", "Europe/Dublin"), "an Irish item: Ireland's clock"),
    ("Office of the Governor of California", "Sacramento, 20 June 2024",
     "The Governor speaks at the conference in Geneva on 25 June 2024 at 8:00 AM PST.",
     ("2024-06-25 15:00", "America/Los_Angeles"), "a Californian item: the Pacific's clock"),
]


@pytest.mark.parametrize(("source", "dateline", "body", "expected", "why"), CASES, ids=[c[4] for c in CASES])
def test_label_by_the_items_towns(source: str, dateline: str, body: str, expected: tuple[str, str], why: str) -> None:
    text = f"Notice\n\nSource: {source}\n\n{dateline}\n\n{body}\n"
    events = [e for e in extract(text, source="t", reference=dt.date(2026, 1, 20)).events if not e.all_day]
    assert [(e.start.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M"), e.timezone) for e in events] == [expected], why


def test_the_datelines_town_tells_the_label() -> None:
    # (found by review: no Source line naming the country, only the dateline's town)
    text = ("Notice\n\nIslamabad, 20 June 2024\n\nThe donors' conference opens in Geneva on 25 June 2024 at "
            "1400 hrs PST.\n")
    events = [e for e in extract(text, source="t", reference=dt.date(2026, 1, 20)).events if not e.all_day]
    assert [e.timezone for e in events] == ["Asia/Karachi"]

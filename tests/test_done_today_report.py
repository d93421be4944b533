""""Today" right after what was done and its object ("The Bank held its annual meeting today, in Athens") in an
item dated that day: a report of the day of writing, no event, as "Today the spokesperson gave the briefing" is
(issue #10, "Not events": history). Seen in world-sixtyseventh (a development bank's report of its Joint Meeting,
published as a day event); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 12, 5)


def _days(body: str) -> list[object]:
    text = f"News of the day\n\nSource: Northern Lakes Fund\n\n12 May 2024\n\n{body}\n"
    return [e.start for e in extract(text, source="test", reference=_REFERENCE).events]


def test_held_its_meeting_today() -> None:
    assert _days("Oslo - The Fund held its 12th annual Council today, in Oslo, with all twelve members.") == []


def test_opened_the_fair_today() -> None:
    assert _days("The minister of trade opened the spring fair today at the harbour hall in Bergen.") == []


def test_a_meeting_to_be_held_today_stays() -> None:
    assert _days("The Fund will hold its annual Council today in Oslo.") == [dt.date(2024, 5, 12)]

"""A town's name right after a lower-case "the" ("at the Padang", "on the Maidan") in an item whose dateline names a
town of another country is a venue there (a field, a square), not the town abroad that shares the name: the event is
placed in the dateline's town and takes its clock. Seen in world-hundredfortythird item 4 (a drill at the Padang, a
field, under a "SINGAPORE -" dateline, read as the Indonesian city). Texts in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2024, 8, 1)


def _zones(body: str) -> list[str]:
    item = f"Drill notice\n\n{body}\n"
    return [e.timezone for e in extract(item, source="en", reference=_REFERENCE).events]


def test_the_venue_is_in_the_dateline_town() -> None:
    body = ("SINGAPORE - The civil defence force will hold a drill at the Padang on Friday morning (Aug 9), "
            "from 3am to 5am.")
    assert _zones(body) == ["Asia/Singapore"]


def test_the_town_named_without_the_stays_abroad() -> None:
    body = "SINGAPORE - The civil defence force will hold a joint drill in Padang on Friday (Aug 9) from 3am to 5am."
    assert _zones(body) == ["Asia/Jakarta"]

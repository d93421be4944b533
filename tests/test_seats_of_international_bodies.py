"""The seats of international bodies that their advisories name without the town ("WHERE: AU Conference Centre.",
"Room M3, Vienna International Centre", "hearings at the Peace Palace"): a time with no label is that town's (issue
#10, "Zones": the place gives the zone). Seen in world-ninetyfirst (an AU body's media advisory); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2027, 4, 1)


def _starts(text: str) -> list[str]:
    return [e.start.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M")
            for e in extract(text, source="test", reference=_REFERENCE).events if isinstance(e.start, dt.datetime)]


@pytest.mark.parametrize(("where", "utc"), [
    ("AU Conference Centre.", "2027-04-14 07:00"),  # Addis Ababa, UTC+3
    ("African Union Conference Center, Plenary Hall", "2027-04-14 07:00"),
    ("Room M3, Vienna International Centre", "2027-04-14 08:00"),  # Vienna in summer, UTC+2
    ("Great Hall of Justice, Peace Palace", "2027-04-14 08:00"),  # The Hague in summer
])
def test_card_at_a_seat(where: str, utc: str) -> None:
    text = (f"Experts meet on review methods\n\nSource: Secretariat\n\nWHAT: The media are invited to the experts' "
            f"meeting on review methods.\n\nDATE: 14 April 2027\n\nTIME: 10h00\n\nWHERE: {where}\n")
    assert _starts(text) == [utc]

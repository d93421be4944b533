"""An event's end on a line of its own under its start ("Starts: ... 18:00" / "Ends: ... 20:00", "Start date:" / "End
date:"): the end of the event above, not an event of its own. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract


def _events(body: str) -> list[tuple[str, str, str]]:
    text = f"What's on\n\nSource: Works Office\n\n{body}\n"
    events = extract(text, source="ends", reference=dt.date(2026, 1, 20)).events
    return [(f"{e.start:%Y-%m-%d %H:%M}", f"{e.end:%Y-%m-%d %H:%M}", e.timezone) for e in events]


@pytest.mark.parametrize(("body", "expected", "why"), [
    ("Budget town hall\nStarts: Tue 10 Mar 2026, 18:00\nEnds: Tue 10 Mar 2026, 20:00\nCivic Hall, Leeds",
     [("2026-03-10 18:00", "2026-03-10 20:00", "Europe/London")], "the end line ends the event; the place under it"),
    ("Budget town hall\nStart: 10/03/2026 18:00\nEnd: 10/03/2026 20:00\nLocation: Civic Hall, Leeds",
     [("2026-03-10 18:00", "2026-03-10 20:00", "Europe/London")], "numeric days, 'Start' and 'End'"),
    ("Budget town hall\nStarts: Tue 10 Mar 2026, 18:00\nEnds: 20:00\nCivic Hall, Leeds",
     [("2026-03-10 18:00", "2026-03-10 20:00", "Europe/London")], "the end's time alone"),
    ("Budget town hall\nStarts: Tue 10 Mar 2026, 18:00\nEnds: Wed 11 Mar 2026, 02:00\nCivic Hall, Leeds",
     [("2026-03-10 18:00", "2026-03-11 02:00", "Europe/London")], "an end the next night, before the start's hour"),
])  # fmt: skip
def test_an_end_line_under_its_start(body: str, expected: list[tuple[str, str, str]], why: str) -> None:
    assert _events(body) == expected, why

"""A live blog's entries, newest first ("15.42 - The chair opens the floor" over "15.37 - ..." over "15.31 - ..."),
are moments of a show reported as it runs, not events; the show's own time above them stays (world-fortyseventh 3: a
launch's live blog gave four spurious events). A programme's rows, going forward in time, stay. Items in our own
words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

LOG = """Harbour Forum, as it happens

Source: Port Authority

The forum opens on 14 May 2031 at 3.30pm in the Grain Hall, Hamburg.

15.42 - The chair opens the floor to questions from the shipping lines.
15.37 - A video shows the new container cranes at work.
15.31 - The director takes the stage and welcomes the guests.
"""

PROGRAMME = """Harbour Forum programme

Source: Port Authority

The forum is on 14 May 2031 in the Grain Hall, Hamburg.

15.30 - The director welcomes the guests.
15.45 - A film on the new container cranes.
16.10 - Questions from the shipping lines.
"""


def _starts(text: str) -> list[str]:
    events = extract(text, source="port", reference=dt.date(2031, 5, 1), default_zone="Europe/Berlin").events
    return [e.start.strftime("%Y-%m-%d %H:%M") for e in events if not e.all_day]


def test_entries_newest_first_are_no_events() -> None:
    assert _starts(LOG) == ["2031-05-14 15:30"]


def test_a_programme_going_forward_stays() -> None:
    assert _starts(PROGRAMME) == ["2031-05-14 15:30", "2031-05-14 15:45", "2031-05-14 16:10"]

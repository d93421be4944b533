"""The press's own preparations beside a press conference, "Media may set up in the conference room from 12:30
CET; all equipment must be in place by 12:55 CET", "available for camera crews to set up from 12:15" (issue #10,
"Dates that are not events": access and set-up times). They are no events; the press conference is. Seen in
world-ninetythird (an EU agency's press conference page: a set-up time under its "Date and time:" line); the texts
are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _starts(text: str) -> list[str]:
    """The events' wall-clock starts, "YYYY-MM-DD HH:MM"."""
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" for e in extract(text, source="test", reference=_REFERENCE).events
                  if isinstance(e.start, dt.datetime))


def test_media_may_set_up() -> None:
    text = ("Press conference on the yearly threat report\n\nSource: European Agency\n\n"
            "Date and time: Tuesday 18 March 2031, 13:00 CET\nPlace: The Hague, at the agency's headquarters.\n"
            "Ground rules: on the record. Media may set up in the conference room from 12:30 CET; all equipment must "
            "be in place by 12:55 CET.\n")
    assert _starts(text) == ["2031-03-18 13:00"]


def test_room_available_for_crews_to_set_up() -> None:
    text = ("Press conference on the yearly threat report\n\nSource: European Agency\n\n"
            "The press conference is on Tuesday 18 March 2031 at 13:00 CET in The Hague.\n\n"
            "The room will be available for camera crews to set up from 12:15.\n")
    assert _starts(text) == ["2031-03-18 13:00"]

"""The press's own preparations beside a press conference, "Broadcasters may set up in Hall B from 8:45; every camera
must be in place by 9:10", "available for camera crews to set up from 12:15" (issue #10,
"Dates that are not events": access and set-up times). They are no events; the press conference is. Seen in
world-ninetythird (an EU agency's press conference page: a set-up time under its "Date and time:" line); the texts
are ours."""

from __future__ import annotations

import datetime as dt

from tests.conftest import timed_starts_of

_REFERENCE = dt.date(2026, 1, 10)


def _starts(text: str) -> list[str]:
    return timed_starts_of(text, _REFERENCE)


def test_media_may_set_up() -> None:
    text = ("Press conference on the yearly threat report\n\nSource: European Agency\n\n"
            "Date and time: Tuesday 18 March 2031, 09:30 CET\nPlace: The Hague, at the agency's headquarters.\n"
            "Questions are taken on the record. Broadcasters may set up in Hall B from 8:45 CET; every camera must "
            "be in place by 9:10 CET.\n")
    assert _starts(text) == ["2031-03-18 09:30"]


def test_room_available_for_crews_to_set_up() -> None:
    text = ("Press conference on the yearly threat report\n\nSource: European Agency\n\n"
            "The press conference is on Tuesday 18 March 2031 at 13:00 CET in The Hague.\n\n"
            "The room will be available for camera crews to set up from 12:15.\n")
    assert _starts(text) == ["2031-03-18 13:00"]

"""A list of one evening's showings that runs past midnight ("9pm, 11pm & 12.30am"): the small-hours time after a
late evening time is the night's last showing, on the next calendar day, not one before the others nor dropped; a
list that goes back in daytime ("at 10am and 9am") is still no list. Seen in world-hundredthirtyfifth (a museum's
late-night programme); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _starts(text: str) -> list[str]:
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" for e in extract(text, source="test", reference=_REFERENCE).events)


def test_listed_showings_run_into_the_next_day() -> None:
    text = ("Late-night screenings at the Riverside Cinema\n\nSource: Riverside Cinema\n\n"
            "Program: Friday 15 May 2026\n\nMidnight Classics\n\n8pm, 10.30pm & 12.15am\n\n"
            "Three showings of the restored film, with an introduction by the curator.\n")
    assert _starts(text) == ["2026-05-15 20:00", "2026-05-15 22:30", "2026-05-16 00:15"]


def test_showings_in_a_sentence_run_into_the_next_day() -> None:
    text = ("Late-night screenings at the Riverside Cinema\n\nSource: Riverside Cinema\n\n"
            "The Riverside Cinema in Dublin shows the restored film on Friday 15 May 2026 at 8pm, 10.30pm and "
            "12.15am.\n")
    assert _starts(text) == ["2026-05-15 20:00", "2026-05-15 22:30", "2026-05-16 00:15"]

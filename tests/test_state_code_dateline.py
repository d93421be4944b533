"""A dateline of a town and its state's postal code with no comma, the date in brackets ("Sedona AZ (October 19, 2018)
–"), is the day the release was filed, not an event, and no part of the title; nor is the second dash of a wire's
"PHOENIX (Oct. 20, 2018) --" (world-hundredninth: a National Guard release). The texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2018, 10, 1)


def _events(text: str) -> list[tuple[str, str]]:
    return [(f"{e.start:%m-%d %H:%M}" if isinstance(e.start, dt.datetime) else f"{e.start:%m-%d}", e.summary)
            for e in extract(text, source="test", reference=_REFERENCE).events]


def test_a_town_and_state_code_before_the_bracketed_date() -> None:
    text = ("Unit returns\n\nSource: Arizona National Guard\n\n"
            "Sedona AZ (October 19, 2018) – Soldiers of the engineer company return home on Saturday, Oct. 27, at"
            " 2 p.m. at the Sedona armory.\n")
    assert _events(text) == [("10-27 14:00", "Event: Soldiers of the engineer company return home at the Sedona"
                                             " armory")]


def test_a_wire_dateline_with_a_double_dash() -> None:
    text = ("Ceremony\n\nSource: Arizona National Guard\n\n"
            "PHOENIX (Oct. 20, 2018) -- A welcome ceremony follows on Sunday, Oct. 28, at 10 a.m. at the capitol.\n")
    assert [summary for _, summary in _events(text)] == ["Ceremony: Welcome ceremony follows at the capitol"]

"""Journalists "based in" a town, invited to a briefing ("Ahead of the launch, journalists based in Brussels are
invited to a briefing at UN House, on 12 March 2027, from 10:00 to 11:00 hours"): the briefing is in that town, on
its clock, not on the clock of a town the item named before (issue #10, "Zones"); a speaker's home ("a journalist
based in Lagos will speak") stays no venue. Seen in world-ninetyfirst (a UN office's note); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2027, 3, 1)


def _utc(text: str) -> list[str]:
    return [e.start.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M")
            for e in extract(text, source="test", reference=_REFERENCE).events if isinstance(e.start, dt.datetime)]


def test_press_of_a_town_invited() -> None:
    text = ("Report briefing for the press\n\nSource: Office\n\nThe minister and the director will launch the report "
            "on 14 March 2027 in Mexico City. Ahead of the launch, journalists based in Brussels are invited to a "
            "briefing at UN House, on 12 March 2027, from 10:00 to 11:00 hours.\n")
    assert _utc(text) == ["2027-03-12 09:00"]  # Brussels in winter, UTC+1 (Mexico City would give 16:00)


def test_speaker_based_in_a_town_is_no_venue() -> None:
    text = ("Panel on the press\n\nSource: Institute\n\nThe panel meets in Lisbon on 12 March 2027 at 10:00. A "
            "journalist based in Lagos will speak about the press in West Africa.\n")
    assert _utc(text) == ["2027-03-12 10:00"]  # Lisbon, UTC+0

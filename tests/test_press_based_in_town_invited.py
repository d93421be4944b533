"""Journalists "based in" a town, invited to a briefing ("Reporters based in Geneva are invited to a background
session at the Palais Wilson on 16 April 2027 at 14:00"): the briefing is in that town, on its clock, not on the
clock of a town the item named before (issue #10, "Zones"); a speaker's home ("a journalist based in Lagos will
speak") stays no venue, and so does the town of the press asked to follow from afar. Seen in world-ninetyfirst (a
UN office's note); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2027, 3, 1)


def _utc(text: str) -> list[str]:
    return [e.start.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M")
            for e in extract(text, source="test", reference=_REFERENCE).events if isinstance(e.start, dt.datetime)]


def test_press_of_a_town_invited() -> None:
    text = ("Outlook for the press\n\nSource: Office\n\nThe agency presents its annual outlook in Nairobi on 20 April "
            "2027. Reporters based in Geneva are invited to a background session at the Palais Wilson on 16 April "
            "2027 at 14:00.\n")
    assert _utc(text) == ["2027-04-16 12:00"]  # Geneva in summer, UTC+2 (Nairobi would give 11:00)


def test_press_of_a_town_invited_to_follow_from_afar() -> None:
    text = ("Outlook for the press\n\nSource: Office\n\nReporters based in Geneva are invited to follow online the "
            "press conference held in Nairobi on 16 April 2027 at 14:00.\n")
    assert _utc(text) == ["2027-04-16 11:00"]  # Nairobi, UTC+3


def test_speaker_based_in_a_town_is_no_venue() -> None:
    text = ("Panel on the press\n\nSource: Institute\n\nThe panel meets in Lisbon on 12 March 2027 at 10:00. A "
            "journalist based in Lagos will speak about the press in West Africa.\n")
    assert _utc(text) == ["2027-03-12 10:00"]  # Lisbon, UTC+0

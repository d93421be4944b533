""""Today" before a participle that qualifies the noun after it ("Today selected players are available to the
media", "Today invited guests will tour the plant") tells what happens today, not what was done: the participle
is an adjective, and the noun's own verb (are, is, will) follows.

A league's media-availability notice before its draft (world-fiftyeighth item 10, "Today selected players are
available to the media at the Westin" under the stamp "June 25, 2014") showed it: "Today selected" was read as "The
Cabinet today adopted", a deed of the day, and nothing was published. The texts are our own.
"""

from __future__ import annotations

import datetime as dt

import parsers


def _starts(text: str) -> list[dt.date | dt.datetime]:
    return [e.start for e in parsers.extract(text, source="x", reference=dt.date(2026, 12, 4)).events]


def test_selected_captains_available_to_the_media_today() -> None:
    text = ("Hockey finals: media day\n\nApril 3, 2025\n\n"
            "Today selected captains are available to the media at the arena's media centre.\n")
    assert _starts(text) == [dt.date(2025, 4, 3)]


def test_invited_guests_tour_the_plant_today() -> None:
    text = ("Open day at the water works\n\nSeptember 12, 2024\n\n"
            "Today invited guests will tour the new filtration plant with the utility's engineers.\n")
    assert _starts(text) == [dt.date(2024, 9, 12)]


def test_a_deed_of_the_day_stays_history() -> None:
    text = ("Cabinet decisions\n\nMarch 5, 2025\n\nToday the Cabinet approved the budget for the harbour works.\n")
    assert _starts(text) == []

"""A run of days said in one sentence ("the fair is held on 4 and 5 June") and each of its days given its hours in
another ("open on Saturday, 4 June, from 8 to 16 and on Sunday, 5 June, from 9 to 15") is one happening: the timed
days are the run said with its hours, and no day-long copy of the run stands beside them (pages-dev24 blinker.de: a
two-day show twice over as all-day events). One sentence that gives both the run and its days' time stays as it was
(world-releases: hearings of three days and their start, a range and three timed days). Texts in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

GERMAN = """Flohmarkt auf dem Messegelände

Source: Stadtanzeiger Musterstadt

Der große Frühjahrsflohmarkt kehrt zurück: Er findet am 4. und 5. Juni 2033 auf dem Messegelände Musterstadt statt.
Erwartet werden rund dreihundert Händler aus der Region.

Der Flohmarkt ist am Samstag, 4. Juni 2033, von 8 bis 16 Uhr und am Sonntag, 5. Juni 2033, von 9 bis 15 Uhr geöffnet.
"""

ENGLISH = """Kite festival on the dunes

Source: Coast Courier

The Westport Kite Festival returns to the dunes on June 4 and 5, 2033, with flyers from six countries.

The Kite Festival opens on Saturday, June 4, 2033, 10 a.m. to 6 p.m. and on Sunday, June 5, 2033, 11 a.m. to 5 p.m.
"""


def _events(text: str) -> list[tuple[str, bool]]:
    found = extract(text, source="paper", reference=dt.date(2033, 5, 1), default_zone="Europe/Berlin").events
    return sorted((e.start.isoformat()[:16], e.all_day) for e in found)


def test_a_german_run_and_its_days_hours_are_the_timed_days() -> None:
    assert _events(GERMAN) == [("2033-06-04T08:00", False), ("2033-06-05T09:00", False)]


def test_an_english_run_and_its_days_hours_are_the_timed_days() -> None:
    assert _events(ENGLISH) == [("2033-06-04T10:00", False), ("2033-06-05T11:00", False)]


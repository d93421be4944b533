"""Entries of a list of tips, each under its own heading and told in a sentence, are events of their own, also when
one gives a time and another on the same day gives none ("Lantern walk in the park": from 5 pm; "Bonfire at the rowing
club": that day, no time). A local news site's holiday tips (bernau-live.de) lost two such entries, a bonfire and a
flea market, to a timed entry of the same day, as if they were that event said again without its time. One event
told twice under one heading stays one. Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

REFERENCE = dt.date(2024, 11, 1)

TIPS_DE = """Wochenendtipps für Eberswalde

Laternenumzug im Familiengarten
Der Familiengarten lädt am Samstag, den 9. November 2024, ab 17 Uhr zum Laternenumzug ein.

Herbstfeuer beim Angelverein Finow
Der Angelverein Finow lädt am Samstag, den 9. November 2024, zum Herbstfeuer am Vereinsheim ein.
"""

TIPS_EN = """Weekend picks for Millbrook

Lantern walk in Elm Park
The Friends of Elm Park invite families on Saturday, 9 November 2024, from 5 pm to a lantern walk around the lake.

Bonfire at the rowing club
The Millbrook Rowing Club invites members and neighbours on Saturday, 9 November 2024, to its autumn bonfire.
"""

ONE_HEADING = """Weekend picks for Millbrook

Harvest festival on the square
The harvest festival opens on Saturday, 9 November 2024, at 11 am on the market square with a brass band.
On Saturday, 9 November 2024, the harvest festival fills the side streets with stalls and music.
"""


def _days_and_times(text: str, zone: str) -> list[str]:
    events = extract(text, source="tips", reference=REFERENCE, default_zone=zone).events
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" if isinstance(e.start, dt.datetime) else f"{e.start:%Y-%m-%d}"
                  for e in events)


def test_an_untimed_entry_under_its_own_heading_is_its_own_event_in_german() -> None:
    assert _days_and_times(TIPS_DE, "Europe/Berlin") == ["2024-11-09", "2024-11-09 17:00"]


def test_an_untimed_entry_under_its_own_heading_is_its_own_event_in_english() -> None:
    assert _days_and_times(TIPS_EN, "Europe/London") == ["2024-11-09", "2024-11-09 17:00"]


def test_one_event_told_twice_under_one_heading_stays_one() -> None:
    assert _days_and_times(ONE_HEADING, "Europe/London") == ["2024-11-09 11:00"]


def test_one_happening_told_alike_under_two_headings_stays_one() -> None:
    # A release's "Programme and times" section tells the day's happening again, with its hour (the reviewer's text,
    # in our words): one event, not the day and the hour apart.
    text = ("Apple fair on the green\n\nApple fair on the green\nOn Saturday, 9 November 2024, the apple fair fills "
            "the village green and the lanes around it with stalls and music.\n\nProgramme and times\nThe apple fair "
            "opens on Saturday, 9 November 2024, at 11 am on the village green with a brass band.\n")
    events = extract(text, source="test", reference=REFERENCE).events
    assert [f"{e.start:%H:%M}" for e in events] == ["11:00"]

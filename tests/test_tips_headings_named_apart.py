"""Two entries of a list of tips whose headings share most words but end on two names ("Halloween at the fire station
Northfield", "Halloween bonfire at the fire station Southgate") are two happenings at two places, also when one gives
a time and the other on the same day gives none. Headings alike that do not end on two names still head one event.
Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.likeness import named_apart

REFERENCE = dt.date(2024, 10, 25)

TIPS_DE = """Feiertagstipps für den Barnim

Halloween bei der Freiwilligen Feuerwehr Nordheim
Süßes oder Saures heißt es am Donnerstag, den 31. Oktober 2024, auch in Nordheim. Ab 16 Uhr verwandelt sich das
Gelände der Freiwilligen Feuerwehr in einen Treffpunkt für kleine Gespenster.

Halloween-Feuer bei der Freiwilligen Feuerwehr Südwalde
Die Freiwillige Feuerwehr Südwalde lädt am Donnerstag, den 31. Oktober 2024, zum Halloween-Feuer am Gerätehaus ein.
"""

TIPS_EN = """Holiday picks for the valley

Halloween at the Volunteer Fire Brigade Northfield
Trick or treat on Thursday, 31 October 2024, in Northfield too: from 4 pm the grounds of the Volunteer Fire Brigade
turn into a meeting place for little ghosts and their parents.

Halloween bonfire at the Volunteer Fire Brigade Southgate
The Volunteer Fire Brigade Southgate invites everyone on Thursday, 31 October 2024, to a Halloween bonfire at the
station.
"""


def _days_and_times(text: str, zone: str) -> list[str]:
    events = extract(text, source="tips", reference=REFERENCE, default_zone=zone).events
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" if isinstance(e.start, dt.datetime) else f"{e.start:%Y-%m-%d}"
                  for e in events)


def test_alike_headings_ending_on_two_names_head_two_events_in_german() -> None:
    assert _days_and_times(TIPS_DE, "Europe/Berlin") == ["2024-10-31", "2024-10-31 16:00"]


def test_alike_headings_ending_on_two_names_head_two_events_in_english() -> None:
    assert _days_and_times(TIPS_EN, "Europe/London") == ["2024-10-31", "2024-10-31 16:00"]


@pytest.mark.parametrize(("one", "other", "apart", "why"), [
    ("Halloween bei der Feuerwehr Bernau", "Halloween-Feuer bei der Feuerwehr Wandlitz", True, "two towns"),
    ("Presidium of the 14th Saeima elected", "First sitting of the 14th Saeima", False,
     "one ends on a common word: parts of one sitting"),
    ("Board Meeting", "Board Meeting Agenda", False, "the one's last word is in the other"),
    ("Open Day at the Library", "Open day at the library", False, "one name, written in two cases"),
    ("Council Meeting on March", "Council Meeting on Tuesday", False, "a month or a weekday names no place"),
])
def test_named_apart(one: str, other: str, apart: bool, why: str) -> None:
    assert named_apart(one, other) is apart, why


def test_a_heading_and_its_programme_part_are_not_named_apart() -> None:
    assert not named_apart("Sommerfest der Gemeinde Musterstadt", "Sommerfest der Gemeinde: Programm")
    assert not named_apart("Budget Statement in the National Assembly", "Budget Statement: Order of Proceedings")
    assert named_apart("Lantern walk with the Fire Brigade Northfield", "Lantern walk with the Fire Brigade Eastmoor")

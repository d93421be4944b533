"""A video's teaser under a story gives when the recording aired and how long it runs ("Do 14.05.2031 18:30 Uhr
02:15 min"): the day and time tell of the recording, not of an event (pages-dev19, a broadcaster's page). Texts in
our own words."""

from __future__ import annotations

from .conftest import listed

STORY = """Stadtrat beschließt neue Radwege

Source: Ein Sender

Meldung vom 12.05.2031:

Der Stadtrat hat am Montag den Bau von drei neuen Radwegen beschlossen. Die Arbeiten sollen im Herbst beginnen.

Video: Neue Brücke über die Saale eröffnet

{teaser}
"""


def test_a_recordings_air_time_and_length_are_no_event() -> None:
    assert listed(STORY.format(teaser="Do 14.05.2031 18:30 Uhr 02:15 min")) == []


def test_a_length_with_minutes_word_in_english() -> None:
    assert listed(STORY.format(teaser="Thu 05/15/2031 6:30 PM · 12:04 minutes")) == []


def test_an_event_time_without_a_length_stays() -> None:
    text = STORY.format(teaser="Die Brücke wird am Donnerstag, 14.05.2031, um 18:30 Uhr feierlich eröffnet.")
    assert listed(text) == ["2031-05-14 18:30"]

"""A day with a timed event and day-long sentences: a sentence that says it adds another happening ("Later on
Saturday", "also ... on Saturday") is an event of its own; one that does not is the timed event said again
(world-twelfth 8). Items in our own words."""

from __future__ import annotations

from .conftest import listed

ANOTHER = """Weekend fixtures

Source: A netball federation

12 March 2027

The national side meets the visitors at the Civic Arena on Saturday at 3pm island time.

Later on Saturday, the under-21 side plays the league champions at the Harbour Courts in Lautoka.

The veterans also play on Saturday, against a touring club in Nadi.
"""

SAID_AGAIN = """Mayor to speak on the floods

Source: A city

12 March 2027

Mayor Ana Reyes and the fire chief will speak to the press on Tuesday.

The press conference begins at 10:30 a.m. at the City Building, Lautoka.
"""


def test_a_sentence_that_adds_another_happening_to_the_day_is_an_event_of_its_own() -> None:
    assert listed(ANOTHER) == ["2027-03-13", "2027-03-13", "2027-03-13 15:00"]


def test_a_day_long_sentence_that_adds_nothing_is_the_timed_event_said_again() -> None:
    assert listed(SAID_AGAIN) == ["2027-03-16 10:30"]


ALSO_THE_SAME_EVENT = """Flood briefing

Source: A district council

12 March 2027

The district council holds a press conference at 11 a.m. on Tuesday in the council chamber, Ba.

Those who cannot come can also watch the press conference live on Tuesday.
"""


def test_also_with_the_timed_event_named_again_is_that_event() -> None:
    # "can also watch the press conference ... on Tuesday": the day's press conference, not another happening.
    assert listed(ALSO_THE_SAME_EVENT) == ["2027-03-16 11:00"]

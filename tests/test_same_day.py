"""A day with a timed event and day-long sentences: a sentence that says it adds another happening ("Later on
Saturday", "also ... on Saturday") is an event of its own; one that does not is the timed event said again
(world-twelfth 8). Items in our own words."""

from __future__ import annotations

import pytest

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


def _hearing(day_sentence: str, timed_sentence: str) -> str:
    return f"""Board to hear residents on new dam permits

Source: Marion County, Oregon

Published: 17 April 2027

{day_sentence} The permits cover three culverts and a levee.

{timed_sentence}
"""


HEARINGS = [
    # (sentence with the day, sentence with day and time, expected, why)
    ("The county said residents near the river were invited to the May 4 meeting to give testimony.",
     "The online hearing will begin at 6 p.m. May 4. To attend the hearing, go to the county's website.",
     ["2027-05-04 18:00"], "'the May 4 meeting' and 'the hearing ... at 6 p.m. May 4': one meeting, a hearing"),
    ("Officials said drivers and shop owners are welcome at the June 2 session.",
     "The public hearing starts at 7 p.m. on June 2 in the council chamber.",
     ["2027-06-02 19:00"], "'the June 2 session' and 'the public hearing ... at 7 p.m.': one sitting"),
    ("Staff members with hearing loss can ask for a loop at the May 4 meeting.",
     "The board meets at 6 p.m. May 4 in the county hall.",
     ["2027-05-04 18:00"], "'hearing loss' names no hearing; the meeting is told twice"),
]


@pytest.mark.parametrize(("day_sentence", "timed_sentence", "expected", "why"), HEARINGS,
                         ids=[row[3] for row in HEARINGS])
def test_a_hearing_is_a_meeting_said_again_with_its_time(day_sentence: str, timed_sentence: str,
                                                         expected: list[str], why: str) -> None:
    assert listed(_hearing(day_sentence, timed_sentence)) == expected, why

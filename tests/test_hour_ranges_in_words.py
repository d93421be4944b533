"""A range of hours told in words ("from nine to eleven in the morning", "between two and four o'clock", "between 12
and three") is the event's clock, from its first hour to its last: without a half of the day, in the hours meetings
are held in (clock.said_hour). Seen in world-hundredfortyfirst, an ombudsman's complaint clinic "between 12 and three"
under a Wednesday's stamp. Figures alone with no "o'clock" ("between 2 and 4.") stay a count. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

RELEASE = """Minister to meet residents in Ballarat

Source: A department

Media release | Wednesday, 13 September 2034

{sentence}
"""


def _clocks(sentence: str) -> list[tuple[str, str]]:
    events = extract(RELEASE.format(sentence=sentence), source="words", reference=dt.date(2034, 9, 13)).events
    return [(f"{e.start:%Y-%m-%d %H:%M}", f"{e.end:%H:%M}") for e in events if not e.all_day]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The minister will meet residents at the town hall in Ballarat on Friday from nine to eleven in the morning.",
     ("2034-09-15 09:00", "11:00")),
    ("The minister will meet residents at the town hall in Ballarat on Friday from seven to nine in the evening.",
     ("2034-09-15 19:00", "21:00")),
    ("The minister will meet residents at the town hall in Ballarat on Friday between two and four o'clock.",
     ("2034-09-15 14:00", "16:00")),
    ("The minister will meet residents at the town hall in Ballarat on Friday, between 12 and three.",
     ("2034-09-15 12:00", "15:00")),
    ("The minister will meet residents at the town hall in Ballarat on Friday from six to eight o'clock.",
     ("2034-09-15 18:00", "20:00")),
])
def test_a_range_of_hours_in_words_is_the_clock(sentence: str, expected: tuple[str, str]) -> None:
    assert _clocks(sentence) == [expected]


def test_a_range_in_figures_alone_is_a_count() -> None:
    assert _clocks("The minister will meet residents at the town hall in Ballarat on Friday. Each group will send "
                   "between 2 and 4.") == []

"""A hall, park or square named with a celebrated word is no town.

"Venue: Centennial Hall" in a national-day programme of a Pacific island is a building, not Centennial, Colorado,
and does not put the programme's rows on the clock of Denver; the government that issued it keeps them on its own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.places import find_places

BUNDLE = """Tuvalu Day week: the programme

Source: Government of Tuvalu (national day committee)

Tuvalu celebrates its national day on 1 October 2025. The committee of Tuvalu Day has set out the week:

29th Sep (Mon) – Canoe race for the youth of Tuvalu

Venue: Centennial Hall

30th Sep (Tue)

Choir night – 7:30pm

Venue: Centennial Hall

1st Oct (Wed)

Parade of the schools of Tuvalu – 9:00am
"""


@pytest.mark.parametrize(
    ("text", "expected", "why"),
    [
        ("Venue: Centennial Hall, then the dinner", [], "a hall named with a celebrated word"),
        ("Rally at Liberty Park on Sunday", [], "a park so named"),
        ("The flag goes up in Republic Square at dawn", [], "a square so named"),
        ("The council of Centennial meets on Monday", ["Centennial, United States"], "the town itself"),
        ("Toronto City Hall opens at 9", ["Toronto, Canada"], "a town's own hall keeps its town"),
    ],
)
def test_a_celebrated_word_before_a_building_is_no_town(text: str, expected: list[str], why: str) -> None:
    assert [m.place.display for m in find_places(text)] == expected, why


def test_the_hall_does_not_move_the_rows_to_colorado() -> None:
    events = extract(BUNDLE, source="test", reference=dt.date(2025, 9, 20)).events
    starts = sorted(e.start.astimezone(dt.UTC) for e in events if isinstance(e.start, dt.datetime))
    # Tuvalu keeps UTC+12 all year: 7:30pm on 30 September and 9:00am on 1 October, Funafuti time
    assert starts == [dt.datetime(2025, 9, 30, 7, 30, tzinfo=dt.UTC), dt.datetime(2025, 9, 30, 21, 0, tzinfo=dt.UTC)]

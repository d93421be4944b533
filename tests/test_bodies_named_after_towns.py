"""A body named after a smaller town the city table lacks ("Catholic Diocese of Parramatta", "Town of Corner
Brook"), in a country of several clocks, keeps that town's clock: the town comes from a generated table of the
smaller towns of such countries whose name no other town shares, read only in a local body's name (world-twentysixth
11: a bishop's diary in Parramatta was read on the default clock, nine hours off). A body whose name opens with a
state's or province's two-letter postal code ("NL Health Services") keeps that province's clock (world-twentysixth 4),
and a civil parish's council ("Castor Parish Council") England's (world-twentysixth 5). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.orghome import home_of

# (organisation, expected zone or None, why)
HOMES = [
    ("Catholic Diocese of Parramatta", "Australia/Sydney", "a diocese named after its see, a suburb of Sydney"),
    ("Town of Corner Brook", "America/St_Johns", "a Newfoundland town: Newfoundland's clock"),
    ("Friends of Hope", None, "a word, not a town"),
    ("Office of the Mayor", None, "no town at all"),
    ("University of Buckingham", None, "not a body of a place: a smaller town's name is often a word or a name"),
    ("NL Health Services", "America/St_Johns", "a province's postal code opening the name: Newfoundland and Labrador"),
    ("NB Power", "America/Moncton", "New Brunswick's"),
    ("NJ Transit", "America/New_York", "a state's too"),
    ("ON Semiconductor Forum", None, "'ON' is a word as often as Ontario's code"),
    ("TV Licensing Office", None, "no state's or province's code"),
    ("Little Marsden Parish Council", "Europe/London", "a civil parish's council, named after its village: England"),
    ("Lafourche Parish Council", "America/Chicago", "a Louisiana parish's council is no English parish's: Central"),
    ("St Anne's Parish Council", None, "a church's parish council may be anywhere"),
]


@pytest.mark.parametrize(("org", "expected", "why"), HOMES)
def test_home_of_a_body_named_after_a_small_town(org: str, expected: str | None, why: str) -> None:
    home = home_of(org)
    assert (home.zone if home else None) == expected, why


DIARY = """Bishop's diary: early April 2031

Source: Catholic Diocese of Parramatta

Friday 4 April 2031

At 7.30pm, leads an evening of prayer in the cathedral.
"""


def test_a_diary_of_such_a_body_is_on_its_clock() -> None:
    events = [e for e in extract(DIARY, source="diary", reference=dt.date(2031, 4, 1)).events if not e.all_day]
    assert [e.start.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M") for e in events] == ["2031-04-04 08:30"], \
        "19:30 in Sydney two days before summer time ends (6 April 2031): AEDT, UTC+11"

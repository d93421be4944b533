"""A day that names a building or a square in English: "at the June 12 cultural centre", "the October 1 Stadium",
"the 25 May Square". With "the" before it and a building's noun after it, the date is the place's name (as "Plaza 25
de Mayo" is in Spanish, parsers/datenames.py), not a day of the item: read as a day, it made an event of the place.
"the June 12 meeting" stays a day. Issue #10, world-hundredfortyeighth item 7 (a town hall meeting at Abeokuta's
"June 12 cultural centre" also published on 12 June); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 2, 20)


def _days(body: str) -> list[str]:
    events = extract(f"Notice\n\nSource: State Government\n\n{body}\n", source="test", reference=_REFERENCE).events
    return sorted(f"{e.start}"[:10] for e in events)


@pytest.mark.parametrize(("body", "why"), [
    ("A rally will be held at the June 12 cultural centre, Abeokuta, on Saturday 7 March.", "a cultural centre"),
    ("The governor opens the new pitch at the October 1 Stadium on 7 March.", "a stadium, its noun capitalised"),
    ("Residents gather at the 25 May square on 7 March.", "a square, the day before the month"),
])
def test_the_named_building_is_no_day(body: str, why: str) -> None:
    assert _days(body) == ["2026-03-07"], why


def test_a_meeting_named_by_its_day_stays() -> None:
    assert _days("The commissioner attends the June 12 meeting at the cultural centre.") == ["2026-06-12"]


@pytest.mark.parametrize("body", [
    "The mayor hosts the June 12 town hall at the public library.",
    "Growers will sell at the June 12 farmers market at Oak Park.",
])
def test_a_gathering_named_by_its_day_stays(body: str) -> None:
    assert _days(body) == ["2026-06-12"]

"""An ordinal day whose letters run into the month's capital, the space left out ("heard on 17thMay", "on 2ndJune"),
is that day (world-thirtysixth 9: a court's hearing was not read). Only an ordinal before a capitalised month: not a
number run into a word ("17May" stays as it was), nor letters in capitals ("17THMAY"). In our own words."""

from __future__ import annotations

import pytest

from parsers.dates import find_mentions


@pytest.mark.parametrize(("text", "day", "month"), [
    ("The appeal is heard on 17thMay by three judges.", 17, 5),
    ("The tribunal sits again on 2ndJune in Arusha.", 2, 6),
    ("Judgment follows on 21stMarch.", 21, 3),
])
def test_glued_ordinal_is_a_day(text: str, day: int, month: int) -> None:
    days = [m for m in find_mentions(text, "") if m.kind == "day"]
    assert [(m.first.day, m.first.month) for m in days if m.first] == [(day, month)]


@pytest.mark.parametrize("text", ["Room 17thMAY is closed.", "The 4thOf the series."])
def test_no_glued_day(text: str) -> None:
    assert not [m for m in find_mentions(text, "") if m.kind == "day"]

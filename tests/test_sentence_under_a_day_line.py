"""A day alone on its line, after the item's own date ("Wednesday 11 June" under "Berlin, 6 June 2031"), heads a
diary's day: a sentence under it that says something happens ("The Minister travels to Vienna for ...") is that day's
event. A date line on or before the item's date (a listing of what was published) heads no such event. Items in our
own words."""

from __future__ import annotations

import pytest

from .conftest import listed

ITEM = """Week ahead

Source: A ministry's press office

Berlin, 6 June 2031

{day}
{sentence}
"""


@pytest.mark.parametrize("sentence", [
    "The Minister travels to Vienna for the conference of transport ministers.",
    "The Minister attends the conference of transport ministers in Vienna.",
    "The Minister will take part in the council of ministers in Luxembourg.",
])
@pytest.mark.parametrize("day", ["Wednesday 11 June", "11 June"])
def test_the_sentence_is_the_days_event(day: str, sentence: str) -> None:
    assert listed(ITEM.format(day=day, sentence=sentence)) == ["2031-06-11"]


@pytest.mark.parametrize("day", ["Monday 2 June", "6 June 2031"])
def test_a_day_before_the_items_own_heads_no_event(day: str) -> None:
    """A listing's date of what was published, on or before the item's date, with its headline under it."""
    assert listed(ITEM.format(day=day, sentence="The Minister visits the flood-hit towns of the Elbe valley.")) == []

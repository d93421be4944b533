"""The day of writing named right after a verb that tells the thing over or done ("the congress formally came to an
end this afternoon", "the vote took place this morning", "the hearings concluded today"): history told on the day
it happened, not an event. Before, the day's word was published as an all-day event of the report's date. What is
still to come on the day ("the talks end this afternoon", "will be closed this afternoon") stays. Items in our own
words."""

from __future__ import annotations

import pytest

from parsers import extract

from .conftest import REFERENCE

ITEM = """News from the annual congress

Source: League of Coastal Towns

Mombasa, 14 May 2026 – {sentence}
"""


@pytest.mark.parametrize("sentence", [
    "After four days of debate, the congress of the league formally came to an end this afternoon.",
    "The election of the new board took place this morning in the main hall.",
    "The hearings on the harbour levy concluded today with a vote of the delegates.",
    "The closing plenary was held this afternoon under the chair of the mayor.",
])
def test_the_day_told_as_over_is_no_event(sentence: str) -> None:
    events = extract(ITEM.format(sentence=sentence), source="league", reference=REFERENCE).events
    assert events == [], [(e.summary, e.start) for e in events]


@pytest.mark.parametrize("sentence", [
    "The talks on the harbour levy end this afternoon with a vote of the delegates.",
    "The exhibition of the league will be closed this afternoon for a private visit by the minister.",
])
def test_what_is_still_to_come_on_the_day_stays(sentence: str) -> None:
    assert extract(ITEM.format(sentence=sentence), source="league", reference=REFERENCE).events

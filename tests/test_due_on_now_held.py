"""The day an event "was due on", told before the day it "will now be held on" or "will now take place on" ("the
summit was due on 9 March and will now be held on 12 March"): the old day is set aside, only the new one is the
event. Before, "due on" was not read as the day an event had been set for (only "due for", "scheduled for"), nor
"will now be held on" as the move, and both days were published. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

from .conftest import REFERENCE

ITEM = """Fisheries ministers' summit put back

Source: Council of Lake Fisheries

Kampala, 2 February 2026 – {sentence}
"""


@pytest.mark.parametrize("sentence", [
    "The council has put back its ministers' summit: it was due on 9 March and will now be held on 12 March.",
    "The ministers' summit, which was due on 9 March, will now take place on 12 March in Jinja.",
])
def test_only_the_new_day_is_the_event(sentence: str) -> None:
    events = extract(ITEM.format(sentence=sentence), source="fisheries", reference=REFERENCE).events
    assert [e.start for e in events] == [dt.date(2026, 3, 12)], [(e.summary, e.start) for e in events]


def test_a_day_due_with_no_move_is_left_as_it_was() -> None:
    sentence = "The ministers' summit is due on 9 March in Jinja."
    events = extract(ITEM.format(sentence=sentence), source="fisheries", reference=REFERENCE).events
    assert [e.start for e in events] == [dt.date(2026, 3, 9)]


def test_another_clauses_new_day_sets_no_day_aside() -> None:
    # (found by review) "... goes ahead as planned, and the debate will now take place on": two events
    sentence = ("The vote scheduled for 9 March goes ahead as planned, and the debate will now take place on "
                "12 March.")
    events = extract(ITEM.format(sentence=sentence), source="fisheries", reference=REFERENCE).events
    assert sorted(e.start for e in events) == [dt.date(2026, 3, 9), dt.date(2026, 3, 12)]

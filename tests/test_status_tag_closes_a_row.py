"""Rows of a list run together, each row's status in capitals after a dash (issue #10, layouts): "Parks Board -
CANCELLED Library Board at 5:00 p.m." calls off the Parks Board, not the Library Board that follows. Seen in a city's
weekly list of public meetings (world-sixtieth, City of Saskatoon); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from model import CANCELLED, CONFIRMED
from parsers import extract
from parsers.blocks import sentences

_REFERENCE = dt.date(2026, 12, 5)

_WEEK = """Public meetings this week

Source: Town of Marlow

MONDAY, MARCH 2, 2026

Parks and Recreation Board - {status} Library Board at 5:00 p.m., Room 2, Town Hall. Zoning Board at 7:00 p.m., \
Council Chamber, Town Hall.
"""


@pytest.mark.parametrize("status", ["CANCELLED", "CANCELED", "POSTPONED"])
def test_the_row_after_the_tag_keeps_its_meeting(status: str) -> None:
    events = extract(_WEEK.format(status=status), source="test", reference=_REFERENCE).events
    library = [e for e in events if "Library Board" in e.summary]
    assert [f"{e.start:%H:%M}" for e in library] == ["17:00"]
    assert library[0].status == CONFIRMED
    assert "Parks" not in library[0].summary


def test_the_tag_ends_the_row_it_marks() -> None:
    assert list(sentences("Parks Board – CANCELLED Library Board at 5 p.m. in Room 2.")) == [
        "Parks Board – CANCELLED", "Library Board at 5 p.m. in Room 2."]


@pytest.mark.parametrize("text", [
    "Parks Board - CANCELLED due to the storm, at 5 p.m. in Room 2.",  # the status goes on in lower case
    # the day it is moved to follows the tag (the reviewer's texts)
    "Planning Committee - RESCHEDULED March 12 at 10 a.m. in Room 2, City Hall.",
    "Finance Committee - POSTPONED Until March 19 at 2:00 p.m. in Room 2, City Hall.",
    "Finance Committee - POSTPONED Thursday, March 19 at 2:00 p.m. in Room 2, City Hall.",
    "The CANCELLED Parks Board meeting of 5 p.m. will not be made up.",  # no dash before it
])
def test_a_status_inside_its_own_sentence_splits_nothing(text: str) -> None:
    assert list(sentences(text)) == [text]


def test_a_tag_that_ends_the_list_calls_off_its_own_row() -> None:
    text = _WEEK.replace("Parks and Recreation Board - {status} ", "").replace(
        "Council Chamber, Town Hall.", "Council Chamber, Town Hall - CANCELLED")
    status = {e.summary.split(",")[0]: e.status for e in extract(text, source="test", reference=_REFERENCE).events}
    assert status == {"Event: Library Board": CONFIRMED, "Event: Zoning Board": CANCELLED}

""""Victoria" after a state's own court, house or office ("Supreme Court of Victoria", "Parliament of Victoria",
"Premier of Victoria") is the Australian state, on Melbourne's clock, not the Canadian town the gazetteer's
"Victoria" is; the town's own offices ("City of Victoria") and the university stay Canadian. Seen in a live blog
before the Supreme Court of Victoria's decision "at 9.30", the item naming no other place (world-hundredtwentysecond,
session 46). The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.places import find_places


@pytest.mark.parametrize("office", ["Supreme Court of Victoria", "County Court of Victoria", "Parliament of Victoria",
                                    "Premier of Victoria", "Legislative Council of Victoria"])
def test_a_state_office_is_australian(office: str) -> None:
    assert [m.place.zone for m in find_places(f"Statement by the {office}")] == ["Australia/Melbourne"]


@pytest.mark.parametrize("text", ["City of Victoria council meeting", "University of Victoria open house"])
def test_the_towns_own_offices_stay_canadian(text: str) -> None:
    assert [m.place.zone for m in find_places(text)] == ["America/Vancouver"]


def test_a_decision_at_a_clock_is_on_melbournes_time() -> None:
    text = ("Appeal ruling today\n\nSource: Supreme Court of Victoria\n\nPublished 4 March 2025\n\n"
            "The three judges will deliver their decision at 10.15 this morning.\n")
    events = extract(text, source="test", reference=dt.date(2025, 3, 1)).events
    assert [(e.start.isoformat(), str(e.start.tzinfo)) for e in events] == [
        ("2025-03-04T10:15:00+11:00", "Australia/Melbourne")]

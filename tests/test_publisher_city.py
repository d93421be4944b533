"""A local publisher named after its city ("Rough Draft Atlanta"-like names): the city keeps the clock of a
page's unlabelled times when the text names no place of its own. Names and texts are our own."""

from __future__ import annotations

import pytest

from parsers import extract
from parsers.orghome import home_of

from .conftest import REFERENCE

NAMES = [
    # (organisation, zone of its home or None, why)
    ("Second Draft Atlanta", "America/New_York", "a city as the name's last word, read whole as one longer name"),
    ("Atlanta Evening Ledger", "America/New_York", "a city as the first word"),
    ("Week Out Dublin", "Europe/Dublin", "a city at the end of a three-word brand"),
    ("Second Draft Magazine", None, "no city anywhere in the name"),
    ("Atlanta", "America/New_York", "a city alone was read before"),
]


@pytest.mark.parametrize(("org", "zone", "why"), NAMES, ids=[row[2] for row in NAMES])
def test_a_publisher_named_after_its_city_is_at_home_there(org: str, zone: str | None, why: str) -> None:
    home = home_of(org)
    assert (home.zone if home is not None else None) == zone, why


def test_an_unplaced_meeting_on_a_city_papers_page_keeps_the_citys_clock() -> None:
    text = ("Library hours change\n\nSource: Second Draft Atlanta\n\n"
            "Published 8 Nov 2030\n\nThe branch library will hold a meeting on its new hours at 7 p.m. on Nov. 15.\n")
    timed = [e for e in extract(text, source="t", reference=REFERENCE, default_zone="Europe/Brussels").events
             if not e.all_day]
    assert [(f"{e.start:%H:%M}", e.timezone) for e in timed] == [("19:00", "America/New_York")]

"""A dateline that names a town and then its province or state written out ("Lunenburg, Nova Scotia, May 2, 2030")
gives the clock of that province, as "Lunenburg, N.S." does: a town the gazetteer lacks is a town of the province
named, and a town of several namesakes is the province's ("Sydney, Nova Scotia" is not Sydney, Australia). Seen in
world-hundredthirtythird 13 (Parks Canada's "Glace Bay, Nova Scotia, November 15, 2017", read on Toronto's clock).
Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Harbour museum opens its new gallery

Source: {source}

{dateline}, May 2, 2030

The museum will open its new gallery on Saturday, May 10, 2030 at 2:00 p.m. Visitors are welcome.
"""


def _zones(dateline: str, source: str = "Harbour Museum") -> list[str]:
    events = extract(ITEM.format(dateline=dateline, source=source), source="test", reference=dt.date(2030, 5, 2),
                     default_zone="UTC").events
    return [str(e.start.tzinfo) for e in events if not e.all_day]


@pytest.mark.parametrize(("dateline", "zone", "why"), [
    ("Lunenburg, Nova Scotia", "America/Halifax", "a town the gazetteer lacks, in a province of one clock"),
    ("Sydney, Nova Scotia", "America/Halifax", "not the Sydney of New South Wales"),
    ("Kalgoorlie, Western Australia", "Australia/Perth", "a town the gazetteer lacks, in a state of one clock"),
])
def test_the_province_after_the_town_gives_the_clock(dateline: str, zone: str, why: str) -> None:
    assert _zones(dateline) == [zone], why


def test_a_national_agency_of_a_country_of_several_clocks() -> None:
    assert _zones("Glace Bay, Nova Scotia", "Parks Canada") == ["America/Halifax"]

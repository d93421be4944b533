"""A city's or a shire's council named after its smaller town ("Mount Isa City Council", "Broken Hill City Council"),
in a country of several clocks: the town's own clock. (A district's council is not taken so: "Eden District Council"
is as likely an English district as a town of another country.) Seen in world-hundredtwentyninth 4 (Broken Hill, on
South Australian time in New South Wales: three committee meetings "commencing at 5:30pm" were put on the default
clock). Texts in our own words."""

from __future__ import annotations

import pytest

from parsers import extract
from parsers.orghome import home_of

from .conftest import REFERENCE

TEXT = """Council meetings in May

Source: {org}

Finance Committee – Tuesday 6 May 2031, commencing at 5:30pm in the Council Chambers.
"""


@pytest.mark.parametrize(("org", "zone"), [
    ("Mount Isa City Council", "Australia/Brisbane"),
    ("Broken Hill City Council", "Australia/Broken_Hill"),
])
def test_the_council_of_a_smaller_town_keeps_its_clock(org: str, zone: str) -> None:
    events = extract(TEXT.format(org=org), source="council", reference=REFERENCE).events
    assert [(e.start.strftime("%Y-%m-%d %H:%M"), str(e.start.tzinfo)) for e in events] == [("2031-05-06 17:30", zone)]


def test_a_district_council_is_not_read_so() -> None:
    assert home_of("Eden District Council") is None

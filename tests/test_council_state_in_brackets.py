"""A council's name with its state or country after it, in brackets or after a comma: "Ipswich City Council
(Queensland)", "Hamilton City Council, Ontario". When the town of the name is, in the gazetteer, another country's
(Ipswich in England, Hamilton in New Zealand), the state that qualifies the name tells which one is meant: its
namesake there, else the state's clock. Seen in world-hundredtwentyninth 15 (a Queensland shire's special meeting
"at 2.00pm" was put on Zambia's clock, Livingstone's). Texts in our own words."""

from __future__ import annotations

import pytest

from parsers import extract
from parsers.orghome import home_of

from .conftest import REFERENCE

TEXT = """Special meeting of Council

Source: {org}

The Mayor has called a special meeting of Council at 10.00am on Thursday, 13 March 2031 in the Council Chambers.
"""


@pytest.mark.parametrize(("org", "zone"), [
    ("Ipswich City Council (Queensland)", "Australia/Brisbane"),
    ("Hamilton City Council, Ontario", "America/Toronto"),
])
def test_the_state_after_the_name_gives_the_clock(org: str, zone: str) -> None:
    events = extract(TEXT.format(org=org), source="council", reference=REFERENCE).events
    assert [(e.start.strftime("%Y-%m-%d %H:%M"), str(e.start.tzinfo)) for e in events] == [("2031-03-13 10:00", zone)]


def test_the_namesake_in_the_named_country_is_taken() -> None:
    home = home_of("Perth and Kinross Council, Scotland")  # not Perth in Western Australia
    assert home is not None
    assert (home.name, home.country) == ("Perth", "GB")

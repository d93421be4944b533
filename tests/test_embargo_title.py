"""A release whose first line, its title, is its embargo ("EMBARGOED UNTIL 00:01 CET, THURSDAY 5 JUNE 2031") names when
the news may be told, not an event; as the same words in the body do. Items in our own words."""

from __future__ import annotations

import pytest

from .conftest import listed

ITEM = """{title}

Source: A statistics office

Luxembourg, 4 June 2031

Inflation in the region stood at 2.1% in May, down from 2.4% in April.
"""


@pytest.mark.parametrize("title", [
    "EMBARGOED UNTIL 00:01 CET, THURSDAY 5 JUNE 2031",
    "Embargoed until 00:01 CET on Thursday 5 June 2031",
    "Not for release before 10:00, 5 June 2031",
])
def test_an_embargo_title_is_no_event(title: str) -> None:
    assert listed(ITEM.format(title=title)) == []


def test_a_dated_title_that_announces_stays() -> None:
    assert listed(ITEM.format(title="Launch of the regional price report, Thursday 5 June 2031")) == ["2031-06-05"]

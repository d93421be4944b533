"""An item whose numeric dates read both ways ("03/10/2026"), whose organisation, title and dateline name no
country, reads them as the one country of the towns it names writes them. Items in our own words."""

from __future__ import annotations

import pytest

from model import Article
from parsers.numericorder import order_of


@pytest.mark.parametrize(("body", "expected", "why"), [
    ("Date & Time: 03/10/2026 6:00 PM - 8:00 PM\nLocation: Clovis City Hall, Clovis, California", "mdy",
     "a town of the United States: the month first"),
    ("Drop-in session: 03/10/2026, 6pm to 8pm, at the Civic Hall, Leeds", "dmy", "a town of England: the day first"),
    ("Sessions: 03/10/2026 in Leeds and 04/10/2026 in Boston, Massachusetts", "",
     "towns of two countries: nothing tells"),
    ("Session: 03/10/2026 at the community hall", "", "no town: nothing tells, as before"),
])  # fmt: skip
def test_the_country_of_the_items_towns(body: str, expected: str, why: str) -> None:
    article = Article(title="Notice", body=body, source="test", org="Works Office")
    assert order_of(article).order == expected, why


@pytest.mark.parametrize(("body", "expected", "why"), [
    ("ABUJA – The Minister will brief the press on 09/12/2026 at 1000 hours at the press centre in Garki, where "
     "officials from Boston, Massachusetts will also speak.", "dmy",
     "a wire dateline in capitals opening a long first line: the item is of Nigeria, whatever towns it names"),
    ("HOUSTON – The district will hold its hearing on 03/10/2026 at 6 p.m. at the service centre, with guests from "
     "Leeds.", "mdy", "the same in the United States"),
])  # fmt: skip
def test_the_country_of_a_wire_dateline(body: str, expected: str, why: str) -> None:
    article = Article(title="Notice", body=body, source="test", org="Works Office")
    assert order_of(article).order == expected, why

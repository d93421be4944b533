"""A page's date line with its count of views ("2023-02-18 310次", "4 March 2027 · 1,204 views") is the page's
stamp, no event (world-fifteenth 2). Items in our own words."""

from __future__ import annotations

import pytest

from .conftest import listed

BODY = """Reception for the consular corps

Source: A consulate general

{stamp}

The reception took place on 3 March 2027 at the Harbour Hotel, with some 40 consuls present.
"""


@pytest.mark.parametrize("stamp", ["2027-03-04 310次", "4 March 2027 · 1,204 views", "2027-03-04  Views: 310"])
def test_a_date_line_with_a_count_of_views_is_the_page_stamp(stamp: str) -> None:
    assert "2027-03-04" not in listed(BODY.format(stamp=stamp))


def test_a_date_line_with_words_of_an_entry_stays_an_entry() -> None:
    assert "2027-03-04" in listed(BODY.format(stamp="2027-03-04 Board meeting at the consulate"))

"""The last meeting "of 2030", told in an item that names no date of its own ("The Board will next meet on January
20 ... The last meeting of 2030 was held on December 15"), looks back on a year whose end has come: it does not put
the item's year-less days in 2030, as "the first meeting of 2031" puts them in 2031 (releaseyear). Texts of our
own."""

from __future__ import annotations

import datetime as dt

from parsers.releaseyear import item_year

from .conftest import listed

ITEM = """Board meeting

Source: Example Board

The Board will next meet on January 20 at 10:00 in the council chamber. The last meeting of 2030 was held on
December 15.
"""


def test_the_last_meeting_of_a_year_gives_no_year() -> None:
    assert item_year("La última sesión de 2030 se celebró el 15 de diciembre.", dt.date(2031, 1, 6)) is None
    assert listed(ITEM, dt.date(2031, 1, 6)) == ["2031-01-20 10:00"]


def test_the_first_meeting_still_does() -> None:
    found = item_year("The first meeting of 2031 will be held on January 14.", dt.date(2030, 12, 20))
    assert found is not None
    assert found[0] == 2031

"""A proclamation or notice closes with the day it was signed: "Given under my hand this 2nd day of March, 2026", or
with the day first, "Given this 2nd day of March, 2026, under my hand and the Public Seal". That day is the paper's,
no event; the sitting it appoints is one (world-eightythird 1: a governor's signing date was published beside the
session he appointed). Texts in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Proclamation: a sitting of the Legislative Council

Source: Office of the Administrator of the Eastern Isles

I, the Administrator, appoint that the Legislative Council shall sit at Port Elwin on the 16th day of March, 2026.

{closing}
"""


@pytest.mark.parametrize("closing", [
    "Given this 2nd day of March, 2026, under my hand and the Public Seal at Port Elwin.",
    "GIVEN this 2nd day of March, 2026, at Government House, Port Elwin, by the Administrator.",
])
def test_only_the_sitting_is_published(closing: str) -> None:
    events = extract(ITEM.format(closing=closing), source="adm", reference=dt.date(2026, 3, 2),
                     default_zone="Europe/London").events
    assert [e.start for e in events] == [dt.date(2026, 3, 16)]

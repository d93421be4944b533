"""A Chinese year before a gathering that the item counts from or compares with ("自2019年峰会以来", since the 2019
summit; "与2019年年会相比", compared with the 2019 meeting) names an earlier gathering, not the item's: the year-less
days of the coming one are not put in it (issue #10, "Years"). The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


@pytest.mark.parametrize("said", ["自2019年峰会以来，论坛年会将于3月24日至27日在海南博鳌举行。",
                                  "论坛年会将于3月24日至27日在海南博鳌举行，与2019年年会相比规模更大。"])
def test_an_earlier_gathering_leaves_the_year(said: str) -> None:
    text = f"博鳌亚洲论坛\n\nSource: 新华社\n\n新华社北京1月25日电 {said}\n"
    assert [f"{e.start}" for e in extract(text, source="test", reference=_REFERENCE).events] == ["2026-03-24"]

"""A bare stamp of two-digit year, month and day atop an item written in Korean, Japanese or Chinese ("11.08.22", no
apostrophe) runs year first, as these languages write the full date ("2011.08.22"): the item was published on
22 August 2011, and its year-less days take 2011. Issue #10, the forms left by earlier sessions (seen atop a Korean
consulate's notice in world-hundredtwentythird). The same stamp over an item in English still reads day first.
The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.shortstamps import unread_stamp

_REFERENCE = dt.date(2026, 1, 10)


@pytest.mark.parametrize(("line", "expected"), [
    ("11.08.22", dt.date(2011, 8, 22)),
    ("19/03/05", dt.date(2019, 3, 5)),
    ("24.12.31", dt.date(2024, 12, 31)),
])
def test_a_year_first_item_puts_the_year_first(line: str, expected: dt.date) -> None:
    assert unread_stamp(line, "dmy", first_line=True, year_first=True) == expected


def test_a_four_figure_year_stays_where_it_is() -> None:
    assert unread_stamp("Posted 11/08/2018", "dmy", year_first=True) == dt.date(2018, 8, 11)


@pytest.mark.parametrize(("text", "expected"), [
    ("광주시청, 시민 교육 실시\n\nSource: 광주광역시청\n\n13.05.21\n\n광주시청은 5월 30일 대강당에서 시민 안전 교육을 "
     "실시한다.\n", "2013-05-30"),
    ("市民講座のお知らせ\n\nSource: 札幌市\n\n19.06.04\n\n札幌市は6月20日に市民講座を開催します。\n", "2019-06-20"),
    ("市民讲座通知\n\nSource: 成都市政府\n\n17.03.02\n\n成都市政府将于3月15日举办市民讲座。\n", "2017-03-15"),
])
def test_the_items_days_take_the_stamps_year(text: str, expected: str) -> None:
    assert [f"{e.start:%Y-%m-%d}" for e in extract(text, source="test", reference=_REFERENCE).events] == [expected]


def test_an_item_in_english_reads_the_stamp_day_first() -> None:
    text = "Citizens' safety course\n\nSource: Town hall\n\n11.08.22\n\nThe town hall holds a course on 30 August.\n"
    assert [f"{e.start:%Y-%m-%d}" for e in extract(text, source="test", reference=_REFERENCE).events] == ["2022-08-30"]

"""Years of Japan's eras ("平成27年9月1日", "令和元年5月1日", "昭和64年1月7日"): the era's year turned Gregorian, and
the era itself a clue that the item is Japanese, on Japan's clock, when its place names are in kanji no gazetteer
holds (issue #10, "Year" and "Zone"). Seen in world-ninetyeighth (a governor's diary under "平成27年9月1日(火曜日)"
headings was read in the current year on the calendar's clock); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import utc_starts_of

_REFERENCE = dt.date(2026, 1, 10)


def _utc(text: str) -> list[str]:
    return utc_starts_of(text, _REFERENCE)


@pytest.mark.parametrize(("heading", "expected"), [
    ("平成30年4月2日(月曜日)", "2018-04-02 01:00"),  # Heisei 1 is 1989
    ("令和元年5月7日(火曜日)", "2019-05-07 01:00"),  # Reiwa's first year, "元年"
    ("令和6年11月5日(火曜日)", "2024-11-05 01:00"),
    ("昭和63年10月4日(火曜日)", "1988-10-04 01:00"),  # Showa 1 is 1926
])
def test_era_year_heading_over_rows(heading: str, expected: str) -> None:
    text = f"市長の日程\n\nSource: 市役所\n\n{heading}\n10時00分 | 定例記者会見 | 本庁舎 |\n"
    assert _utc(text) == [expected]


def test_rows_of_two_days_under_era_headings() -> None:
    text = ("知事の日程\n\nSource: 県庁\n\n平成28年2月3日(水曜日)\n9時30分 | 部長会議 | 知事室 |\n"
            "平成28年2月4日(木曜日)\n14時00分 | 式典に出席 | 市内 |\n")
    assert _utc(text) == ["2016-02-03 00:30", "2016-02-04 05:00"]


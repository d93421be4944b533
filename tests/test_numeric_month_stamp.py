"""A month stamp written with the month's number, a dash (or slash) and the year ("06-2014", "Published 11-2019"),
alone on a line at the item's head, gives the item's month and year: its days without a year are of that year,
not of the reference date's. Texts in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import listed

REFERENCE = dt.date(2026, 12, 8)


def _item(stamp: str, sentence: str) -> str:
    return f"Harbour festival returns\n\nSource: Port of Lindholm\n\n{stamp}\n\n{sentence}\n"


@pytest.mark.parametrize(("stamp", "sentence", "day"), [
    ("06-2014", "The harbour festival opens on 14 July with a parade of boats along the quay.", "2014-07-14"),
    ("Published 11-2019", "The winter market opens on 3 December in the old customs hall.", "2019-12-03"),
    ("Updated: 03/2021", "The rowing regatta is held on 22 May on the inner basin.", "2021-05-22"),
])
def test_the_numeric_month_stamp_gives_the_year(stamp: str, sentence: str, day: str) -> None:
    assert listed(_item(stamp, sentence), REFERENCE) == [day]


@pytest.mark.parametrize("line", ["Case 06-2014", "13-2014"])
def test_a_case_number_or_no_month_is_no_month_stamp(line: str) -> None:
    # "Case 06-2014" numbers a file, "13-2014" has no month 13: the day takes the reference date's year as before.
    text = _item(line, "The harbour festival opens on 14 July with a parade of boats along the quay.")
    assert listed(text, REFERENCE) == ["2026-07-14"]

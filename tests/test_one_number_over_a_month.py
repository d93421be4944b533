"""One number alone over a line opening with "May 2026" is no split date cell: a page's number over its running title
("3" / "May 2026 Investor Update") or a figure over a column's month ("Employees" / "12" / "March 2024"). A calendar
split one cell a line has rows, two or more such pairs. Review of s49-w134 (monthcells._DAY_OVER_MONTH); the texts are
ours."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import days_of

_REFERENCE = dt.date(2026, 1, 10)


def _days(text: str) -> list[str]:
    return days_of(text, _REFERENCE)


@pytest.mark.parametrize(("body", "days"), [
    ("The results are published on 14 May 2026 at 7:00.\n\n3\nMay 2026 Investor Update\n\n"
     "The dividend is paid on 20 May 2026.", ["2026-05-20"]),
    ("Key figures for the quarter ended 31 March 2026.\n\nEmployees\n12\nMarch 2024", []),
])
def test_one_number_over_a_month_is_no_date(body: str, days: list[str]) -> None:
    assert _days(f"Investor update\n\nSource: Example plc\n\n{body}\n") == days

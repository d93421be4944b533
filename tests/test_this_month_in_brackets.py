"""A day of "this month" with the month's number in brackets, "本(2)月18日(週六)上午11時", as Taiwan's ministries
write a day of the month they publish in (issue #10, "Language"). Seen in world-hundredfourteenth (a tea with the
press announced by the foreign ministry's routine briefing was lost, its arrival deadline taken in its place); the
texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import timed_starts_of

_REFERENCE = dt.date(2026, 1, 10)


def _local(text: str) -> list[str]:
    return timed_starts_of(text, _REFERENCE)


@pytest.mark.parametrize(("body", "expected"), [
    ("本(3)月21日(週五)下午2時,外交部將在台北賓館舉行國慶酒會籌備說明會。\n", ["2025-03-21 14:00"]),
    ("外交部訂於本（3）月24日上午10時30分在外交部3樓舉行記者會。\n", ["2025-03-24 10:30"]),
])
def test_this_month_in_brackets(body: str, expected: list[str]) -> None:
    text = f"外交部新聞稿\n\nSource: 外交部\n\n發布時間:2025-03-12\n\n{body}"
    assert _local(text) == expected

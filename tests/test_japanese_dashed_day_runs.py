"""A Japanese news agency joins the first and last day of a run with a box-drawing line or a long dash, and leaves out
the first day's "日" when the run crosses a month's end: "1月28─29日", "10月31─11月1日", "3月14－15日". Each is one
span, as "1月28～29日" is (seen in the Bank of Japan's meeting dates as Reuters gives them, world-hundredtwentysecond,
session 46). The texts are ours."""

from __future__ import annotations

import pytest

from parsers.dates import find_mentions


def _spans(text: str) -> list[tuple[int, int, int, int]]:
    return [(m.first.month, m.first.day, m.last.month, m.last.day) for m in find_mentions(text)
            if m.kind == "span" and m.first and m.last]


@pytest.mark.parametrize("dash", ["─", "—", "－"])
def test_two_days_of_one_month(dash: str) -> None:
    assert _spans(f"委員会は5月12{dash}13日に開く。") == [(5, 12, 5, 13)]


def test_a_run_across_a_months_end_without_the_first_days_word() -> None:
    assert _spans("理事会を次の日程で開く。4月30─5月1日、6月2─3日。") == [(4, 30, 5, 1), (6, 2, 6, 3)]


def test_a_list_of_runs_parted_by_commas() -> None:
    assert _spans("会合は2月8─9日、7月30─31日、11月29─12月1日に開催する。") == [(2, 8, 2, 9), (7, 30, 7, 31),
                                                                        (11, 29, 12, 1)]

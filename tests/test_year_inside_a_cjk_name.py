"""A year glued inside a Chinese or Japanese name that goes on ("東京2020大会", the Games called Tokyo 2020, held in
2021) is the name's, not the year of the item's year-less days; one closing the title ("…準備日2024") still is.
Texts in our own words (review of s51-w143)."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_BODY = "東京都は、7月23日午後2時から記念イベントを開催します。"


def _years(title: str) -> list[int]:
    events = extract(f"{title}\n\n{_BODY}\n", source="t", reference=dt.date(2026, 3, 1)).events
    return [e.start.year for e in events]


def test_a_year_inside_a_name_names_no_year() -> None:
    assert _years("東京2020大会記念イベントの開催について") == _years("記念イベントの開催について")


def test_a_year_closing_the_title_still_does() -> None:
    assert _years("防災準備日2024") == [2024]

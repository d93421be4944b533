"""A day's weekday in brackets between the day and its month ("10 (Wed) July 2024", "from 7 (Sun) to 9 (Tue)
July"), as programmes of Commonwealth and Asian bodies write it: the date is read, and its weekday dates it when no
year is written. Texts in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from tests.conftest import listed


def _undated(line: str) -> list[str]:
    item = f"Programme of the delegation\n\nSource: Assembly of Small States\n\n{line}\n"
    return sorted(f"{e.start:%Y-%m-%d}" if e.all_day else f"{e.start:%Y-%m-%d %H:%M}"
                  for e in extract(item, source="a", reference=dt.date(2026, 11, 27)).events)


def test_a_day_with_its_weekday_in_brackets_is_read() -> None:
    text = ("Joint sitting\n\nSource: Assembly of Small States\n\n"
            "The Finance Committee convenes on 10 (Wed) July 2024 at 14:00 in the Blue Room, Apia.\n")
    assert listed(text) == ["2024-07-10 14:00"]


def test_a_span_with_bracketed_weekdays_is_one_span() -> None:
    text = ("Tour of the islands\n\nSource: Assembly of Small States\n\n"
            "Issued 1 May 2024\n\nThe Speaker tours the outer islands from 7 (Sun) to 9 (Tue) July.\n")
    assert listed(text) == ["2024-07-07..2024-07-09"]


def test_the_bracketed_weekday_dates_an_undated_day() -> None:
    # 3 March is a Thursday in 2022, a Monday in 2025: the weekday, not the reference's year, settles it
    assert _undated("Open day at the House on 3 (Thu) March at 11:00.") == ["2022-03-03 11:00"]
    assert _undated("Open day at the House on 3 (Mon) March at 11:00.") == ["2025-03-03 11:00"]


def test_listed_days_with_bracketed_weekdays_are_one_span() -> None:
    text = ("Sittings\n\nSource: Assembly of Small States\n\n"
            "The Assembly sits on 2 (Tue), 3 (Wed) and 4 (Thu) July 2024 in the Blue Room, Apia.\n")
    assert listed(text) == ["2024-07-02..2024-07-04"]

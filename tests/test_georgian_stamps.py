"""Georgian month-first stamps (issue #10, "Language"): news sites date a page as the English "Wednesday, November
20, 2024" in Georgian words, "ოთხშაბათი, ნოემბერი 20, 2024" (weekday, month in the nominative, day, comma, year).
Seen in world-hundredfiftyfirst item 5 (a ministry's Farmer's Day programme "30 ნოემბერს" at "12:00 საათზე" under
such a stamp fell in 2026, not 2024); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from parsers.dates import find_mentions

_REFERENCE = dt.date(2026, 6, 1)


def _starts(text: str) -> list[str]:
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" for e in extract(text, source="test", reference=_REFERENCE).events
                  if isinstance(e.start, dt.datetime))


def test_a_stamp_gives_the_year_of_a_day_without_one() -> None:
    text = ("ბაზრობა\n\nSource: სამინისტრო\n\nსამშაბათი, მარტი 4, 2025\n\n"
            "სამინისტროს ცნობით, ღვინის ბაზრობა 15 მარტს თბილისში 11:00 საათზე გაიხსნება.\n")
    assert _starts(text) == ["2025-03-15 11:00"]


def test_the_stamp_without_its_weekday() -> None:
    found = find_mentions("ივლისი 9, 2023")
    assert [(m.first.year, m.first.month, m.first.day) for m in found if m.kind == "day" and m.first] \
        == [(2023, 7, 9)]


def test_a_month_and_day_with_no_year_is_not_taken() -> None:
    # ("ივლისი 9 კარგი დღე იყო": no comma and year after the day, so no such stamp)
    assert [m for m in find_mentions("ივლისი 9 კარგი დღე იყო ფერმერებისთვის.") if m.kind == "day"] == []

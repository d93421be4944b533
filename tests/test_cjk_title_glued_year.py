"""A Chinese or Japanese title whose name has its year written straight after it, with no "年" ("港島防災應急準備日
2024" written as one word): the year of the item's year-less days ("2月25日"). Not a run of years, nor a date's year.
Seen in world-hundredfortythird 14 (a fire services' preparedness day put in the reference's year). Texts in our own
words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.yearclues import naming_years

from .conftest import REFERENCE


@pytest.mark.parametrize(("title", "years"), [
    ("九龍防火安全日2025 消防局開放", [2025]),
    ("消防出初式2024のお知らせ", [2024]),
    ("防災週間2023-2024の予定", []),  # a run of years
    ("2024年3月の防災訓練", []),  # a date's year, read elsewhere
])
def test_the_glued_year_names_the_title(title: str, years: list[int]) -> None:
    assert naming_years(title, REFERENCE, title=True) == years


def test_the_days_of_the_item_fall_in_the_titles_year() -> None:
    text = """九龍防火安全日2025 三間消防局開放

Source: 消防處

消防處3月9日舉行「九龍防火安全日2025」,三間消防局免費開放,市民可參觀消防車。
"""
    days = {e.start.date() if isinstance(e.start, dt.datetime) else e.start
            for e in extract(text, source="fsd", reference=REFERENCE).events}
    assert dt.date(2025, 3, 9) in days

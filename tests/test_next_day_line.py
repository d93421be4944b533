"""An undated programme of "today", then "Next Day (March 4, Wednesday):" over the next day's rows: the first day is
the day before the heading's (nextdayline.py). An item with a date of its own, or with no "today", reads as before.
Items in our own words."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from model import Article
from parsers import extract
from parsers.nextdayline import date_today_by_the_next_day

ITEM = """Governor's tour of the hill districts

Source: Raj Bhavan press desk

The Governor tours the hill districts today. The programme:
- 10:30 AM: Opens the district library at Kalimpong.
- 3:00 PM: Meets the tea growers' association.
Next Day (March 4, Wednesday):
- 9:00 AM: Visits the forest school at Lava.
"""


def _starts(text: str) -> list[str]:
    events = extract(text, source="nextday", reference=dt.date(2027, 1, 10)).events
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" for e in events if not e.all_day)


def test_today_is_the_day_before_the_next_days_heading() -> None:
    starts = _starts(ITEM)
    assert "2026-03-03 10:30" in starts  # 4 March is a Wednesday in 2026
    assert "2026-03-03 15:00" in starts
    assert "2026-03-04 09:00" in starts


@pytest.mark.parametrize(("heading", "written", "why"), [
    ("Next Day (March 4, Wednesday):", "on Tuesday, March 3", "month, day, weekday"),
    ("Following day: 4 March", "on March 3", "the day first, no weekday"),
])  # fmt: skip
def test_the_day_before_written(heading: str, written: str, why: str) -> None:
    article = Article(source="s", title="t", body=f"The Minister is in Leeds today.\n{heading}\n- 9:00 AM: Talks.")
    assert written in date_today_by_the_next_day(article).body, why


def test_a_dated_item_keeps_its_today() -> None:
    article = Article(source="s", title="t", body="In Leeds today.\nNext Day (March 4, Wednesday):\n- 9:00 AM: Talks.",
                      published=dt.date(2026, 3, 3))
    assert date_today_by_the_next_day(article) is article
    undated = dataclasses.replace(article, published=None, body=article.body.replace("today", "this week"))
    assert date_today_by_the_next_day(undated) is undated

"""A full date followed by the Chinese word for "published" (發布, 發佈, 公布, 发布) and nothing more on its line is the
item's publication stamp, as a Taiwanese or Chinese release prints it under its number ("99年9月27日發布"): no event,
and the item's own date, which the year-less days of its text take (world-hundredthirtysecond 7: the central bank's
stamp in ROC years was an event of its own once two-figure ROC years were read). A sentence that tells of something
published on a day is no stamp. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """統計處新聞稿

Source: 某市政府統計處, 新聞稿

(101)新聞稿第42號
{stamp}

本處將於3月20日上午10時舉行記者會,說明上月物價統計。
"""


@pytest.mark.parametrize("stamp", ["101年3月12日發布", "2012年3月12日發佈", "2012年3月12日 公布",
                                   "2012年3月12日发布。"])
def test_a_date_then_published_is_the_stamp(stamp: str) -> None:
    events = extract(ITEM.format(stamp=stamp), source="stats", reference=dt.date(2026, 12, 1),
                     default_zone="Asia/Taipei").events
    assert [e.start.isoformat() for e in events] == ["2012-03-20T10:00:00+08:00"]


def test_a_sentence_of_something_published_is_no_stamp() -> None:
    text = ITEM.format(stamp="本處將於2027年1月5日發布年報。")
    starts = [e.start.isoformat() for e in extract(text, source="stats", reference=dt.date(2026, 12, 1),
                                                   default_zone="Asia/Taipei").events]
    assert "2027-01-05" in starts

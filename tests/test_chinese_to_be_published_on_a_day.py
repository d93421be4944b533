"""A Chinese line that closes on a date and the word for "published" is the item's stamp only when the date opens the
line ("101年3月12日發布"): "本年度考試錄取名單將於2026年3月30日公布" (this year's list of admitted candidates will be
published on 30 March 2026) is a sentence about a publication to come, an event. Review of s49-leftA
(datelines._PUBLISHED_AFTER); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_ITEM = """考試錄取名單

Source: 某市政府考選處, 新聞稿

{line}

本處將於3月20日上午10時舉行記者會。
"""


def _starts(line: str) -> list[str]:
    return sorted(e.start.isoformat()[:16] for e in extract(_ITEM.format(line=line), source="exams",
                                                             reference=dt.date(2026, 1, 10),
                                                             default_zone="Asia/Taipei").events)


def test_a_publication_to_come_is_an_event() -> None:
    assert _starts("本年度考試錄取名單將於2026年3月30日公布") == ["2026-03-20T10:00", "2026-03-30"]


def test_a_date_opening_its_line_then_published_is_still_the_stamp() -> None:
    assert _starts("2026年3月12日發布") == ["2026-03-20T10:00"]

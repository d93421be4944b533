"""A Japanese city's or prefecture's page titled "市長の一日" / "知事の一日" ("the mayor's day"): a month's record of
what the office holder did each day, day headings over "午前10時、..." rows, published after the month. Its rows are
history, as an activity report's (活動報告) are; a page of the days to come ("市長の日程") keeps its rows. Seen in
Yanai's 市長の一日 (world-hundredfiftysecond 13, session 53: twenty rows of April 2019 published as events). The texts
are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ROWS = """
更新日:2031年7月3日

28日(土曜日)
午前10時、市民運動会の開会式(市内)
27日(金曜日)
午前9時30分、部長会議
午後2時、商工会議所との意見交換会
"""


def _events(title: str) -> list[str]:
    text = f"{title}\n\nSource: 例示市\n{ROWS}"
    return [f"{e.start}" for e in extract(text, source="test", reference=dt.date(2031, 7, 3)).events]


def test_the_mayors_day_record_has_no_event() -> None:
    assert _events("市長の一日(令和13年6月)") == []


def test_the_governors_day_record_has_no_event() -> None:
    assert _events("知事の一日 2031年6月") == []


def test_a_schedule_of_days_to_come_keeps_its_rows() -> None:
    assert len(_events("市長の日程(令和13年7月)")) >= 2


def test_a_deputy_mayors_day_record_has_no_event() -> None:
    assert _events("副市長の一日(令和13年6月)") == []

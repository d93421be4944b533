"""An office holder's activity report ("知事 活動報告(2030年10月)", "Mayor's activity report, October 2030"): the
hours listed under each day are what was done, history as an archive's rows are; no events. A sentence that tells
what is to come keeps its event; a page of plans ("活動予定") is no report (world-hundredthirtyeighth 6: a
prefectural governor's monthly activity report, "2019年10月1日" over "- 9:00" rows). Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = """{title}

Source: {source}

{body}
"""

ROWS = """2030年10月1日
- 9:00
定例記者会見
- 14:00
商工会議所会頭と懇談
2030年10月2日
- 10:00
防災訓練を視察
"""

ENGLISH_ROWS = """Tuesday, 1 October 2030
9:00 Weekly press briefing
14:00 Meeting with the chamber of commerce
Wednesday, 2 October 2030
10:00 Inspection of the flood drill
"""


def _starts(title: str, body: str, zone: str) -> list[str]:
    events = extract(ITEM.format(title=title, source="Example Prefecture", body=body), source="x",
                     reference=dt.date(2030, 9, 1), default_zone=zone).events
    return sorted(e.start.isoformat() for e in events)


def test_japanese_activity_report_rows_are_history() -> None:
    assert _starts("例示県知事 活動報告(2030年10月)", ROWS, "Asia/Tokyo") == []


def test_japanese_activity_record_rows_are_history() -> None:
    assert _starts("知事の活動記録 2030年10月", ROWS, "Asia/Tokyo") == []


def test_english_activity_report_rows_are_history() -> None:
    assert _starts("Governor's activity report, October 2030", ENGLISH_ROWS, "Europe/London") == []


def test_the_same_rows_as_plans_stay() -> None:
    assert _starts("例示県知事 活動予定(2030年10月)", ROWS, "Asia/Tokyo") == [
        "2030-10-01T09:00:00+09:00", "2030-10-01T14:00:00+09:00", "2030-10-02T10:00:00+09:00"]


def test_a_sentence_to_come_on_a_report_stays() -> None:
    body = ENGLISH_ROWS + "\nThe next briefing will be held on 9 November 2030 at 10:00 in the press room.\n"
    assert _starts("Governor's activity report, October 2030", body, "Europe/London") == [
        "2030-11-09T10:00:00+00:00"]

"""Chinese dates and times (issue #10, "Time"): "3月16日上午9時30分", "2026年3月18日下午2時", "下午3點半" are a day
and its clock time, "於16日" and "18、19日" days of the month of the item's day; "24小時" and "3日間" are lengths,
and a bare "12日" told of the past is not read. Seen in world-ninetieth (a committee's agenda for next week, from a
newspaper); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.dates import find_mentions

_REFERENCE = dt.date(2026, 1, 10)


def _starts(body: str) -> list[str]:
    text = f"委員會議程\n\nSource: 委員會\n\n2026-03-13\n\n{body}\n"
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" if isinstance(e.start, dt.datetime) else f"{e.start:%Y-%m-%d}"
                  for e in extract(text, source="test", reference=_REFERENCE).events)


@pytest.mark.parametrize(("body", "expected"), [
    ("委員會預定於3月16日上午9時30分邀請部長報告。", ["2026-03-16 09:30"]),
    ("委員會將於2026年3月18日下午2時舉行公聽會。", ["2026-03-18 14:00"]),
    ("記者會訂於3月19日下午3點半舉行。", ["2026-03-19 15:30"]),
])
def test_day_and_clock(body: str, expected: list[str]) -> None:
    assert _starts(body) == expected


def _read(text: str) -> list[tuple[str, str]]:
    return [(m.kind, text[m.start : m.end]) for m in find_mentions(text)]


def test_days_of_the_month_alone() -> None:
    assert _read("委員會預定於16日邀請部長，而18、19日則請兩位首長報告。") == [
        ("monthday", "16日"), ("monthday", "18"), ("monthday", "19日")]


@pytest.mark.parametrize("text", ["系統須24小時運作。", "考察團停留3日間。", "部長12日出席協商。"])
def test_lengths_and_bare_past_days_are_not_read(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(("text", "hour"), [("午後3時00分から記者会見", 15), ("午前10時30分から会議", 10)])
def test_japanese_parts_of_the_day(text: str, hour: int) -> None:
    times = [m.time for m in find_mentions(text) if m.kind == "time"]
    assert [t.hour for t in times if t is not None] == [hour]


def test_days_listed_after_their_month() -> None:
    # "9月21、22日": the month named once before the first of the listed days is theirs (not the item's month), and
    # a day and the next are one run of two days, as "21 and 22 September" is
    spans = [m for m in find_mentions("文化節將於9月21、22日在公園舉行。") if m.kind == "span"]
    assert [(m.first.month, m.first.day, m.last.day) for m in spans if m.first and m.last] == [(9, 21, 22)]
    assert _read("文化節將於9月21、23日在公園舉行。") == [("day", "9月21"), ("monthday", "23日")]


def test_a_short_chinese_sentence_with_its_day_is_an_event() -> None:
    # (written without spaces, its characters are its words: not a short line that only says which day it is)
    assert _starts("文化節將於3月21日在中正公園舉行。") == ["2026-03-21"]


def test_a_chinese_date_line_still_heads_the_rows_under_it() -> None:
    assert _starts("3月21日（星期六）\n\n上午10時 開幕式\n\n下午2時 座談會") == ["2026-03-21 10:00", "2026-03-21 14:00"]


def test_a_chinese_wire_s_dispatch_day_is_its_dateline() -> None:
    # "新华社北京3月13日电": agency, town, day, "dispatch": when the story was filed, no event that day
    assert _starts("通讯社北京3月14日电 国务院新闻办公室将于3月16日上午10时举行新闻发布会。") == ["2026-03-16 10:00"]

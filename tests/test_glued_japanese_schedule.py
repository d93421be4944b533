"""A Japanese schedule copied into one line (issue #10, "Layout"): its days, slashed and month first with the
weekday in brackets ("5/8(木)"), and its rows' clocks with a wave dash after them ("09:00~"), glued to the names
before and after them: "...5/8(木)09:00~衆・総務委員会10:00~参・内閣委員会5/9(金)...". Each day heads the rows
after it and each clock opens a row of its own; and a Japanese item's slashed days run month first ("6/3" is 3 June).
Seen in world-ninetyseventh (a compiled Diet schedule); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from parsers.dates import find_mentions

_REFERENCE = dt.date(2026, 1, 10)


def _rows(text: str) -> list[tuple[str, str]]:
    """The timed events' wall-clock starts and summaries."""
    events = extract(text, source="test", reference=_REFERENCE).events
    return sorted((f"{e.start:%Y-%m-%d %H:%M}", e.summary) for e in events if isinstance(e.start, dt.datetime))


def test_a_slashed_day_with_a_bracketed_weekday_reads_month_first() -> None:
    # 3/4 is read as 4 March (a Wednesday in 2026), as the bracketed weekday of a Japanese or Chinese text says.
    days = [m.first for m in find_mentions("委員会は3/4(水)に開く。") if m.kind == "day"]
    assert [(d.month, d.day, d.weekday) for d in days if d is not None] == [(3, 4, 2)]


def test_a_clock_before_a_wave_dash_glued_to_names_is_read() -> None:
    times = [m.time for m in find_mentions("総務委員会10:00~参・財政金融委員会") if m.kind == "time"]
    assert times == [dt.time(10, 0)]


def test_a_glued_schedule_gives_each_row_its_day_and_clock() -> None:
    text = ("県議会日程 2026年3月2日(月)\n\nSource: 県議会事務局\n\n"
            "今週の予定3/3(火)10:00~本会議13:30~総務委員会3/5(木)09:30~文教委員会14:00~議会運営委員会\n")
    rows = _rows(text)
    assert [start for start, _ in rows] == ["2026-03-03 10:00", "2026-03-03 13:30", "2026-03-05 09:30",
                                            "2026-03-05 14:00"]
    assert ["本会議" in rows[0][1], "総務" in rows[1][1], "文教" in rows[2][1], "議会運営" in rows[3][1]] == [True] * 4
    assert [summary for _, summary in rows if summary.startswith("~")] == []  # the clock's wave dash left behind


def test_a_japanese_item_reads_its_slashed_days_month_first() -> None:
    # "6/3" in a Japanese text is 3 June (Japanese writes 2026/06/03), not 6 March, whatever its source's country.
    text = ("委員会のお知らせ 2026年5月20日\n\nSource: 県議会事務局\n\n"
            "次回の委員会\n日時：6/3 10:00\n場所：第一委員会室\n")
    assert [start for start, _ in _rows(text)] == ["2026-06-03 10:00"]


def test_english_ranges_with_a_wave_dash_stay_one_line() -> None:
    text = ("Korea-Africa Forum\n\nSource: Ministry of Foreign Affairs of Korea\n\n"
            "The forum is held on 12 June 2031 at COEX, Seoul, in two sessions: plenary (09:00~12:00) and business "
            "roundtable (14:00~17:30).\n")
    events = extract(text, source="forum", reference=dt.date(2031, 6, 1)).events
    titles = {e.start.hour: e.summary for e in events}
    assert "(" not in titles[9]
    assert ")" not in titles[9]
    assert "roundtable" in titles[14].lower()

"""A past diary quoted: "For 3 March 2020, the diary of my predecessor records these engagements:" over rows "09.00
Talks plenary", in a written answer of 2022 (issue #10, "Not events": parliamentary answers list a minister's past
engagements). The line is a diary's heading, its day first; a day more than a year before the item's newest is
history, and so are its rows, what is said of "that day", and a title naming that day. Seen in
world-hundredtwentysixth (the rows were put on the answer's day); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers.dates import find_mentions
from parsers.dayheading import diary_heading
from tests.conftest import starts_of

_REFERENCE = dt.date(2026, 1, 10)


def _starts(text: str) -> list[str]:
    return starts_of(text, _REFERENCE)


def test_a_day_before_its_diary_heads_the_rows() -> None:
    line = "For 12 May 2021, the Minister's diary lists the following meetings:"
    day = diary_heading(line, find_mentions(line))
    assert day is not None
    assert day.first is not None
    assert (day.first.month, day.first.day) == (5, 12)


def test_a_past_diarys_rows_are_history() -> None:
    text = ("Written answer: the Minister's meetings on 12 May 2021\n\nSource: Department of Transport\n\n"
            "Written answers, Wednesday - 14 June 2023\n\n"
            "The Minister was asked to list his meetings on 12 May 2021. [2211/23]\n\n"
            "For 12 May 2021, the diary of my predecessor records these meetings:\n"
            "10.00 Rail safety board\n"
            "15.30 Meeting with port operators.\n"
            "No other meetings are listed that day.\n")
    assert _starts(text) == []


def test_a_recent_diary_keeps_its_rows() -> None:
    text = ("The Minister's meetings\n\nSource: Department of Transport\n\nPublished 10 May 2021\n\n"
            "For 12 May 2021, the Minister's diary lists the following meetings:\n"
            "10.00 Rail safety board\n"
            "15.30 Meeting with port operators.\n")
    assert [s[11:] for s in _starts(text)] == ["10:00", "15:30"]

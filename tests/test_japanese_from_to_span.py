"""A Japanese span of days said from its first day to its last, each day with its weekday unbracketed or
none ("9月9日金曜日から11日日曜日まで", "3月16日から18日まで") (issue #10, "any layout, several languages"): one
event over the days, as "3月16日～18日" already is. Seen in world-hundrednineteenth (a governor's press
conference announcing a three-day festival: only its first day was published); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 3, 1)


def _spans(body: str) -> list[tuple[str, str]]:
    text = f"知事定例会見\n\nSource: 県\n\n2026年3月2日\n\n{body}\n"
    return [(f"{e.start:%m-%d}", f"{e.end:%m-%d}") for e in extract(text, source="test", reference=_REFERENCE).events
            if not isinstance(e.start, dt.datetime)]


def test_from_a_day_with_its_weekday_to_another() -> None:
    # (the end of an all-day event is the day after its last)
    assert _spans("4月10日金曜日から12日日曜日まで、県庁で春の物産展を開きます。") == [("04-10", "04-13")]


def test_from_a_day_to_another_without_weekdays() -> None:
    assert _spans("4月10日から12日まで、県庁で春の物産展を開きます。") == [("04-10", "04-13")]

"""Two days listed in Japanese or Chinese with one month ("6月2日(土)と3日(日)", "6月2日和3日", "6月2日、3日"): the
second day, of the same month, is a day of the event too (each listed day an event of its own, as "on 2 and 3
June" is); then "両日とも" / "两天" (both days) with a clock gives the clock to each of the two days
(`parsers/bothdays.py`). Seen in world-hundredfortythird 6 (a coast guard's review on two days, the first day only
read, its sailing hour on the first day only). The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract


def _starts(body: str) -> list[str]:
    text = f"観閲式のお知らせ\n\nSource: 港湾局\n\n2031-05-02\n\n{body}\n"
    events = extract(text, source="test", reference=dt.date(2031, 5, 2), default_zone="Asia/Tokyo").events
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" if isinstance(e.start, dt.datetime)
                  else f"{e.start:%Y-%m-%d}/{e.end:%Y-%m-%d}" for e in events)


@pytest.mark.parametrize(("body", "expected"), [
    ("港湾局は6月7日(土)と8日(日)に桟橋の公開を行います。", ["2031-06-07/2031-06-08", "2031-06-08/2031-06-09"]),
    ("港湾局将于6月7日和8日举办码头开放日。", ["2031-06-07/2031-06-08", "2031-06-08/2031-06-09"]),
    ("港湾局は6月7日、8日に桟橋の公開を行います。", ["2031-06-07/2031-06-09"]),
    ("港湾局は6月7日と14日に桟橋の公開を行います。", ["2031-06-07/2031-06-08", "2031-06-14/2031-06-15"]),
])
def test_the_second_day_listed(body: str, expected: list[str]) -> None:
    assert _starts(body) == expected


@pytest.mark.parametrize("body", [
    "港湾局は6月7日(土)と8日(日)に桟橋の公開を行います。\n\n両日とも開門は10時を予定しています。",
    "港湾局将于6月7日和8日举办码头开放日。\n\n两天均于上午10时开门。",
])
def test_both_days_take_the_clock(body: str) -> None:
    assert _starts(body) == ["2031-06-07 10:00", "2031-06-08 10:00"]


def test_a_day_named_before_the_list_is_not_one_of_the_two() -> None:
    body = ("港湾局は「港の日」(5月20日)を記念し、6月7日(土)と8日(日)に桟橋の公開を行います。"
            "\n\n両日とも開門は10時を予定しています。")
    assert _starts(body) == ["2031-06-07 10:00", "2031-06-08 10:00"]  # (the observance: no event, anniversarydays)

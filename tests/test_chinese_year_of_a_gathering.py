"""A Chinese year that names a gathering, its "年" before the gathering's word: "论坛2027年年会" (the forum's 2027
annual meeting), "2027年峰会", "2027年度大会" (issue #10, "Years": a wire's dateline "1月25日电" gives no year, the
gathering's name does). Seen in world-hundredtwentieth (a forum's "2018年年会 ... 将于4月8日至4月11日举行" under
"1月25日电" was put in the reference year); the texts are ours."""

from __future__ import annotations

import datetime as dt

from tests.conftest import days_of

_REFERENCE = dt.date(2026, 11, 20)


def _starts(text: str) -> list[str]:
    return days_of(text, _REFERENCE)


def test_annual_meeting_names_its_year() -> None:
    text = ("论坛召开新闻发布会\n\nSource: 论坛秘书处\n\n"
            "新华网北京1月10日电 论坛秘书长当天介绍,论坛2020年年会将于3月24日至27日举行,开幕式定在3月26日。\n")
    assert _starts(text) == ["2020-03-24", "2020-03-26"]


def test_summit_names_its_year() -> None:
    text = ("峰会筹备情况\n\nSource: 论坛秘书处\n\n"
            "新华网北京2月3日电 秘书处表示,2019年峰会将于5月14日至16日举行。\n")
    assert _starts(text) == ["2019-05-14"]

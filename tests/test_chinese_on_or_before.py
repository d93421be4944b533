"""The Chinese "on or before" after a day ("於3月7日或之前收到通知", notified on or before 7 March): a deadline, no
event, as "以前" and "之前" right after a clock already are. Seen in world-hundredfortythird 14 (the day ticket holders
are told by, published as an event). Texts in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

from .conftest import REFERENCE


def test_a_day_on_or_before_which_is_no_event() -> None:
    text = """消防局開放日2026

Source: 消防處

消防處3月9日舉行開放日,市民可參觀消防車及救護車。參加導賞須預先登記,成功登記者會於3月7日或之前收到通知。
"""
    days = {e.start.date() if isinstance(e.start, dt.datetime) else e.start
            for e in extract(text, source="fsd", reference=REFERENCE).events}
    assert dt.date(2026, 3, 7) not in days
    assert dt.date(2026, 3, 9) in days

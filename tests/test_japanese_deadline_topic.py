"""A Japanese deadline named before its day with the topic's particle between ("応募の締切は4月18日", the deadline for
applications is 18 April, "同日18時まで"): a deadline, no event. Seen in world-hundredfortythird 6 (a coast guard
review's application deadline published as an event). Texts in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

from .conftest import REFERENCE


def test_the_deadline_after_its_topic_particle_is_no_event() -> None:
    text = """消防音楽隊の演奏会 一般から500人を招待

Source: 例示市消防局

2031年3月2日

例示市消防局は5月10日(土)に市民会館で音楽隊の演奏会を開く。開演は14時。応募の締切は4月11日(インターネットは同日17時まで)。
"""
    starts = [e.start for e in extract(text, source="shobo", reference=REFERENCE).events]
    days = {s.date() if isinstance(s, dt.datetime) else s for s in starts}
    assert dt.date(2031, 4, 11) not in days
    assert dt.date(2031, 5, 10) in days

"""A notice of an activity report meeting ("活動報告会のお知らせ": a gathering held to report on the year's work, with
its day, hour and room) is an event to come, not an office holder's activity report whose rows are history
(pastpage.archive). Texts of our own."""

from __future__ import annotations

import datetime as dt

from parsers import pastpage

from .conftest import listed

ITEM = """{title}

Source: Example Prefecture

活動報告会を次のとおり開催します。
日時：2030年10月15日 14:00～16:00
場所：県庁大会議室
"""


def test_a_report_meeting_title_is_no_archive() -> None:
    assert not pastpage.archive("令和12年度 活動報告会のお知らせ")
    assert pastpage.archive("例示県知事 活動報告(2030年10月)")


def test_the_report_meeting_keeps_its_event() -> None:
    assert listed(ITEM.format(title="令和12年度 活動報告会のお知らせ"), dt.date(2030, 9, 1)) == ["2030-10-15 14:00"]

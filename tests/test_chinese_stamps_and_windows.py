"""A news story's stamp with its last update in brackets ("2031/5/6 09:17(5/6 11:42 更新)"), a registration
window named before its bounds ("報名期間自今天上午10時至5月20日下午5時") or opened at an hour ("上午10時起開放登記"),
and a list made known at an hour ("5月23日上午10時上網公布錄取名單") are no events; the ceremony the story announces is.

Texts of our own, in the forms Taiwanese and Chinese news and notices use.
"""

from __future__ import annotations

import datetime as dt

from model import Article
from parsers import extract_articles


def _starts(body: str) -> list[str]:
    article = Article(source="t", title="市府說明活動", body=body, published=None)
    events = extract_articles([article], reference=dt.date(2031, 5, 1), default_zone="Asia/Taipei").events
    return sorted(e.start.isoformat() for e in events)


_CEREMONY = "文化局今天表示,5月30日上午9時30分在市立美術館舉行開幕典禮。"


def test_a_stamp_with_its_update_in_brackets_is_no_event() -> None:
    assert _starts(f"2031/5/6 09:17(5/6 11:42 更新)\n\n{_CEREMONY}") == ["2031-05-30T09:30:00+08:00"]


def test_a_registration_window_is_no_event() -> None:
    assert _starts(f"{_CEREMONY}\n報名期間自今天上午10時至5月20日下午5時,在文化局網站辦理。") == [
        "2031-05-30T09:30:00+08:00"]


def test_a_list_made_known_is_no_event() -> None:
    assert _starts(f"{_CEREMONY}\n報名者請留意;5月23日上午10時上網公布錄取名單,並以電子郵件通知。") == [
        "2031-05-30T09:30:00+08:00"]


def test_a_registration_opened_at_an_hour_is_no_event() -> None:
    assert _starts(f"{_CEREMONY}\n參加者今天上午10時起開放登記至5月20日。") == ["2031-05-30T09:30:00+08:00"]


def test_a_gathering_at_an_hour_after_a_window_stays() -> None:
    assert _starts("報名截止後,5月25日下午2時在文化局舉行說明會。") == ["2031-05-25T14:00:00+08:00"]

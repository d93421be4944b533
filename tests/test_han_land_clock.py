"""A text in Chinese that names a Chinese-speaking land again and again, in Han ("香港", "澳門", "臺北"), is set on
that land's clock when nothing else says where its times are: Hong Kong's Legislative Council agenda in Chinese
("上午11時正") was read on the calendar's default clock (Brussels), its English twin on Hong Kong's (issue #10, "Zone";
seen in a saved agenda). The texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from tests.conftest import utc_starts_of

_REFERENCE = dt.date(2026, 1, 10)


def _utc(text: str) -> list[str]:
    return utc_starts_of(text, _REFERENCE)


def test_hong_kong_named_twice_gives_its_clock() -> None:
    text = ("議程\n\n來源：議會秘書處\n\n"
            "議會會議 2025年3月12日星期三上午10時正\n\n"
            "議員問：香港的公共圖書館會否延長開放時間？政府會否在香港各區增設自修室？\n")
    assert _utc(text) == ["2025-03-12 02:00"]  # UTC+8


def test_taipei_named_twice_gives_its_clock() -> None:
    text = ("公告\n\n來源：市政府\n\n"
            "市議會定於2025年3月12日下午3時舉行大會。臺北市民可到臺北市議會旁聽。\n")
    assert _utc(text) == ["2025-03-12 07:00"]


def test_land_named_once_says_nothing() -> None:
    # Named once, Hong Kong is a topic; the text is still in Chinese, on China's clock, which is every Chinese-speaking
    # land's (UTC+8), not the calendar's default (Brussels)
    text = ("議程\n\n來源：秘書處\n\n"
            "會議 2025年3月12日星期三上午10時正\n\n"
            "議員問：香港社會服務團體的資助安排為何？\n")
    assert _utc(text) == ["2025-03-12 02:00"]
    assert [e.timezone for e in extract(text, source="test", reference=_REFERENCE).events] == ["Asia/Shanghai"]


def test_japanese_text_keeps_japan() -> None:
    text = ("お知らせ\n\n出典：事務局\n\n"
            "3月12日午後3時から会議を開きます。香港と香港の代表も出席します。\n")
    assert _utc(text) == ["2026-03-12 06:00"]  # Japan, UTC+9 (kana say Japan before any land named in Han)

"""Where a Han text's events are and at what hour (issue #10, "the zone of the place they happen in"): Japanese names
western Honshu "中国" ("中国地方整備局") and a town near Osaka "河内", neither China nor Hanoi; a Japanese notice of
fields writes few kana besides its kanji; "中午1:30" is after noon; "مسقط رأسه" is a birthplace, not Muscat; "パリ協定",
"《巴黎协定》" and "اتفاق باريس" are the Paris Agreement, not Paris. The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2024, 1, 10)

_ROWS = [
    ("記者発表\n\nSource: 中国地方整備局\n\n中国地方整備局は、2024年3月5日午後3時から局長定例記者会見を行います。\n",
     ["2024-03-05 15:00+0900"], "a Japanese body of the Chugoku region"),
    ("お知らせ\n\nSource: 大阪府\n\n河内長野市で2024年3月5日午後3時から説明会を開催します。\n",
     ["2024-03-05 15:00+0900"], "Kawachinagano, a Japanese town"),
    ("記者会見の開催について\n\nSource: 外務省\n\n日時：2024年3月5日（火）15時～\n場所：外務省会見室\n"
     "出席者：外務大臣\n",
     ["2024-03-05 15:00+0900"], "a Japanese notice of fields, mostly kanji"),
    ("通知\n\nSource: 某协会\n\n定于2024年5月21日中午1:30召开理事会，请准时出席。\n",
     ["2024-05-21 13:30+0800"], "half past one at noon"),
    ("دعوة\n\nSource: وزارة الصحة\n\nيزور الوزير مسقط رأسه يوم 20 مارس 2024 الساعة 10:00 صباحاً.\n",
     ["2024-03-20 10:00+0100"], "a birthplace is no Muscat: the default clock"),
    ("お知らせ\n\nSource: 環境省\n\nパリ協定に関するシンポジウムを2024年3月5日午後3時から開催します。\n",
     ["2024-03-05 15:00+0900"], "the Paris Agreement is no Paris"),
    ("通知\n\nSource: 生态环境部\n\n生态环境部定于2024年3月5日下午3时召开《巴黎协定》履约工作会议。\n",
     ["2024-03-05 15:00+0800"], "nor in Chinese"),
    ("إعلان\n\nSource: وزارة البيئة\n\n"
     "تنظم الوزارة ورشة عمل حول اتفاق باريس للمناخ يوم 5 مارس 2024 الساعة 10:00 صباحاً.\n",
     ["2024-03-05 10:00+0100"], "nor in Arabic: the default clock"),
]


@pytest.mark.parametrize(("text", "expected", "why"), _ROWS, ids=[row[2] for row in _ROWS])
def test_clock_and_place(text: str, expected: list[str], why: str) -> None:
    events = extract(text, source="test", reference=_REFERENCE).events
    assert sorted(f"{e.start:%Y-%m-%d %H:%M%z}" for e in events if isinstance(e.start, dt.datetime)) == expected, why

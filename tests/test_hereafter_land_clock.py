"""A Japanese schedule's mark "(以下、台湾)" (from here on, Taiwan) in a row after "以下は現地時間" (local time from
here on) (issue #10, "Zones": a visit abroad in the host's clock): that row and the rows below it are on the land's
clock, until "(以下、日本時間)" brings Japan's back. Seen in world-hundredth (a prefectural governor's week with a trip
to Taiwan); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from tests.conftest import utc_starts_of

_REFERENCE = dt.date(2026, 1, 10)


def _utc(text: str) -> list[str]:
    return utc_starts_of(text, _REFERENCE)


_HEAD = ("知事の週間予定(2018年5月14日~5月20日)\n\nSource: Kagawa Prefecture (Office of the Governor)\n\n"
         "公開:2018年5月11日\n\n")


def test_rows_after_the_mark_are_on_the_host_clock() -> None:
    text = (_HEAD + "5月15日(火曜日)* 9時 部長会議\n  14時 松山空港を発ち仁川国際空港へ\n  以下は現地時間\n"
            "  16時40分 仁川国際空港着(以下、韓国)\n  19時 ソウル市長主催の夕食会に出席\n")
    # (Seoul keeps Japan's offset: the zone's name tells the rows apart, not the instant)
    events = sorted(extract(text, source="test", reference=_REFERENCE).events, key=lambda e: e.sort_key)
    assert [e.timezone for e in events][-2:] == ["Asia/Seoul", "Asia/Seoul"]


def test_taiwan_rows_are_an_hour_behind_japan() -> None:
    text = (_HEAD + "5月16日(水曜日)* 8時30分 総務部と協議\n"
            "  10時 岡山空港を発ち台湾のランタンフェスティバルへ\n  以下は現地時間\n"
            "  15時 台中市長と面会(以下、台湾)\n  18時30分 交流会に出席\n")
    assert _utc(text) == ["2018-05-15 23:30", "2018-05-16 01:00", "2018-05-16 07:00", "2018-05-16 10:30"]


def test_japan_clock_again_after_the_return_mark() -> None:
    text = (_HEAD + "5月17日(木曜日)* 以下は現地時間\n  10時 香港の旅行会社と面談(以下、香港)\n"
            "  21時 関西国際空港着(以下、日本時間)\n  22時 帰庁\n")
    assert _utc(text) == ["2018-05-17 02:00", "2018-05-17 12:00", "2018-05-17 13:00"]


def test_a_hereinafter_name_in_a_sentence_is_no_clock() -> None:
    # (review: the legal "hereinafter" after a country's long name; the meeting is in Tokyo)
    text = (_HEAD + "5月18日(金曜日)、グレートブリテン及び北アイルランド連合王国(以下、英国)の首相と"
                    "東京で会談します。\n"
            "10時00分 首脳会談\n11時30分 共同記者発表\n")
    assert {e.timezone for e in extract(text, source="test", reference=_REFERENCE).events} == {"Asia/Tokyo"}

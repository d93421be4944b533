"""A Japanese or Chinese item's anniversary counted from a year it names, "2005年4月に設立され ... 10周年", "于2009年
成立 ... 10周年" (issue #10, "Year"): its days given without a year are in that year plus the count, as for "the 10th
anniversary of its founding in 2005". Seen in world-hundredfifth (a UN regional office's 20th year in Fukuoka, its
symposium "7月19日(水)" read in the last year whose 19 July is a Wednesday); the texts are ours."""

from __future__ import annotations

import datetime as dt

from tests.conftest import days_of

_REFERENCE = dt.date(2026, 1, 10)


def _days(text: str) -> list[str]:
    return days_of(text, _REFERENCE)


def test_japanese_founding_year_and_count() -> None:
    text = ("市民交流センター 設立10周年\n\nSource: 市民交流センター\n\n"
            "当センターは2005年4月に設立され、今年で10周年を迎えます。\n"
            "記念式典を10月3日(土)午前10時から市民会館で開きます。どなたでも参加できます。\n")
    assert _days(text) == ["2015-10-03"]


def test_chinese_founding_year_and_count() -> None:
    text = ("研究中心成立10周年\n\nSource: 区域研究中心\n\n"
            "本中心于2009年成立，今年迎来10周年。\n"
            "纪念研讨会将于11月14日（星期四）上午9时在中心报告厅举行。\n")
    assert _days(text) == ["2019-11-14"]


def test_a_count_beyond_next_year_is_no_clue() -> None:
    # 2020 + 50 lies beyond the reference's next year: the anniversary is not this item's year.
    text = ("記念事業のお知らせ\n\nSource: 記念事業実行委員会\n\n"
            "2020年に始まった事業は、50周年に向けて準備を進めています。\n"
            "説明会を2025年10月3日(金)午後2時から開きます。\n")
    assert _days(text) == ["2025-10-03"]


def test_the_anniversary_s_own_year_is_no_base() -> None:
    # "2026年は開館1周年": the year the particle makes the anniversary's own, not the one counted from
    text = ("開館1周年記念講演会\n\nSource: 市立美術館\n\n"
            "2026年は開館1周年の年です。記念講演会を5月16日(土)午後2時から講堂で開きます。\n")
    assert _days(text) == ["2026-05-16"]

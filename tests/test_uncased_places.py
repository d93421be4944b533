"""Places named in scripts without capitals (issue #10, "the zone of the place they happen in"): a town written in
Arabic, Chinese or Japanese gives its clock, as one written in Latin letters does; a Chinese text that names no town is
on UTC+8, the clock of every country that writes Chinese. Chinese and Japanese texts had fallen to the default zone
(world-hundredsixth); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2024, 1, 10)


def _timed(text: str, source: str = "test") -> list[str]:
    return sorted(f"{e.start:%Y-%m-%d %H:%M%z} {e.timezone}" for e in
                  extract(text, source=source, reference=_REFERENCE).events if isinstance(e.start, dt.datetime))


def test_an_arabic_town_with_its_preposition_glued_on() -> None:
    text = ("دعوة\n\nSource: وزارة الخارجية\n\n"
            "يعقد الوزير مؤتمراً صحفياً بالرياض يوم الاثنين 11 مارس 2024 الساعة 1:00 ظهراً بمقر الوزارة.\n")
    assert _timed(text) == ["2024-03-11 13:00+0300 Asia/Riyadh"]


def test_an_arabic_capital_abroad() -> None:
    text = ("دعوة\n\nSource: وزارة الخارجية\n\n"
            "يلقي الوزير كلمة أمام مجلس حقوق الإنسان في جنيف يوم الثلاثاء 27 فبراير 2024 الساعة 10:00 صباحاً.\n")
    assert _timed(text) == ["2024-02-27 10:00+0100 Europe/Zurich"]


def test_a_japanese_text_naming_a_town_abroad_in_katakana() -> None:
    # Japanese kana says Japan; the town named says where the event is: Geneva, in katakana.
    text = ("記者会見のお知らせ\n\nSource: 外務省\n\n"
            "大臣は2024年3月5日午後3時からジュネーブで記者会見を行います。\n")
    assert _timed(text) == ["2024-03-05 15:00+0100 Europe/Zurich"]


def test_a_chinese_town_glued_to_its_words() -> None:
    text = ("通知\n\nSource: 某协会\n\n"
            "定于2024年5月21日上午9:30在东京举办交流会，会期一天。\n")
    assert _timed(text) == ["2024-05-21 09:30+0900 Asia/Tokyo"]


def test_a_chinese_text_naming_no_town_is_on_utc_plus_eight() -> None:
    text = ("通知\n\nSource: 某协会\n\n"
            "协会定于2024年6月3日下午2时召开理事会，请各位理事准时出席。\n")
    assert [t.split()[0:2] for t in _timed(text)] == [["2024-06-03", "14:00+0800"]]


def test_an_embassy_named_after_its_seat_does_not_move_a_diary() -> None:
    # Japan's embassy in Korea is a body; the governor's talks with it are on the diary's own line, in Kochi.
    text = ("知事の日程\n\nSource: 高知県\n\n"
            "2024年3月5日(火)\n\n"
            "10時00分 | 在韓国日本大使館の参事官と懇談 | 知事室 |\n")
    assert _timed(text) == ["2024-03-05 10:00+0900 Asia/Tokyo"]


def test_kanji_rows_with_a_few_kana_are_japanese() -> None:
    text = ("知事の日程\n\nSource: 県庁\n\n"
            "2024年3月5日(火)\n\n"
            "10時00分 | 総務部と協議 | 知事室 |\n")
    assert _timed(text) == ["2024-03-05 10:00+0900 Asia/Tokyo"]


def test_a_zone_chosen_for_the_source_is_kept_over_the_script() -> None:
    # `--timezone America/Vancouver`: a Chinese notice of a Vancouver association naming no town is on that clock
    text = "通知\n\nSource: 某协会\n\n协会定于2024年6月3日下午2时召开理事会，请各位理事准时出席。\n"
    events = extract(text, source="test", reference=_REFERENCE, default_zone="America/Vancouver",
                     zone_given=True).events
    assert [f"{e.start:%H:%M%z} {e.timezone}" for e in events] == ["14:00-0700 America/Vancouver"]

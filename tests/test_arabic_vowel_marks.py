"""Arabic names written with vowel marks (issue #10, "Language"): a page may set harakat over a month's or a weekday's
letters ("كانون الثّاني", January, with a shadda; "الخَمِيس", Thursday), and the name is the same name. Seen in
world-hundredfiftyfirst item 3 (a health minister's press conference "قرابة الساعة الخامسة والنصف من مساء اليوم
الاثنين" under the stamp "الإثنين 04 كانون الثّاني / يناير 2021" gave no event: the stamp was not read); the texts are
ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from parsers.dates import find_mentions

_REFERENCE = dt.date(2026, 6, 1)


def _days(text: str) -> list[tuple[int, int, int]]:
    return [(m.first.year or 0, m.first.month, m.first.day) for m in find_mentions(text)
            if m.kind == "day" and m.first]


def test_a_month_with_a_shadda() -> None:
    assert _days("الأربعاء 13 كانون الثّاني 2021") == [(2021, 1, 13)]


def test_a_month_and_weekday_with_vowels() -> None:
    found = find_mentions("يوم الخَمِيس 7 تَمُّوز 2022")
    assert [(m.first.month, m.first.day, m.first.weekday) for m in found if m.kind == "day" and m.first] \
        == [(7, 7, 3)]


def test_the_stamp_dates_today() -> None:
    text = ("مؤتمر صحفي\n\nSource: وزارة\n\nالإثنين 04 كانون الثّاني / يناير 2021 05:14 مساءً\n\n"
            "يعقد وزير الزراعة مؤتمرا صحفيا عند الساعة السادسة من مساء اليوم الاثنين في مقر الوزارة.\n")
    events = extract(text, source="test", reference=_REFERENCE).events
    assert [f"{e.start:%Y-%m-%d %H:%M}" for e in events if isinstance(e.start, dt.datetime)] == ["2021-01-04 18:00"]


def test_marks_on_a_word_that_is_no_month_are_no_day() -> None:
    # ("كَانَ 13 طالبا": "were 13 students", a verb with its marks, no month)
    assert _days("كَانَ 13 طَالِبًا في القاعة") == []

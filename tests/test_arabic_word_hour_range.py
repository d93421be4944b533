"""Arabic hours in words as a range with no "الساعة" before them: "من التاسعة صباحًا إلى العاشرة" (from nine in the
morning to ten) is a time from 09:00 to 10:00, as "من الساعة التاسعة صباحًا" is; a range of ordinals with no part of the
day ("من الثانية إلى الخامسة", the second to the fifth) stays unread. Seen in world-hundredtwentyseventh (a notice of
the Arab Labour Organization: "موعد الجلسة: من العاشرة صباحًا إلى الحادية عشرة"). The texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers.lang_arabic import arabic_mentions


def _times(text: str) -> list[tuple[dt.time | None, dt.time | None]]:
    return [(m.time, m.until) for m in arabic_mentions(text) if m.kind == "time"]


def test_a_range_of_hours_in_words() -> None:
    assert _times("موعد الندوة: من التاسعة صباحًا إلى العاشرة.") == [(dt.time(9), dt.time(10))]


def test_the_part_of_the_day_at_the_end() -> None:
    assert _times("تعقد الجلسة من الرابعة إلى السادسة مساءً.") == [(dt.time(16), dt.time(18))]


def test_ordinals_with_no_part_of_the_day_are_no_hours() -> None:
    assert _times("تناقش اللجنة البنود من الثانية إلى الخامسة.") == []

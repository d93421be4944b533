"""Arabic dates and clock times (issue #10, "read any organisation's releases"): the months of Egypt and the Gulf
("يناير"), of the Levant ("شباط", "كانون الثاني") and of the Maghreb ("جانفي"), a weekday before its day, "غدًا"
(tomorrow) counted from the stamp, two days joined by "و" (and), and hours in figures or as ordinal words with a
quarter or a half and the part of the day ("الحادية عشرة والربع صباحًا", "الواحدة ظهرًا", "الثامنة مساءً"). An ordinal
with neither "الساعة" nor a part of the day is no hour ("الجلسة الثانية" is the second sitting). Seen in
world-hundredtenth (Egypt's, Lebanon's and Tunisia's parliaments: no Arabic date or time was read); the texts are
ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _utc(text: str) -> list[str]:
    return sorted(f"{e.start.astimezone(dt.UTC):%Y-%m-%d %H:%M}"
                  for e in extract(text, source="test", reference=_REFERENCE).events
                  if isinstance(e.start, dt.datetime))


def _item(stamp: str, body: str, country: str = "Egypt") -> str:
    # (the gazetteer knows no town by its Arabic name: the source line names the country)
    return f"جلسة\n\nSource: مجلس الشورى (Council of {country})\n\n{stamp}\n\n{body}\n"


@pytest.mark.parametrize(("stamp", "body", "country", "expected"), [
    ("الأحد 8 فبراير 2026",
     "يعقد مجلس الشورى جلسته العامة في القاهرة غدًا في تمام الساعة العاشرة صباحًا لمناقشة مشروع القانون.",
     "Egypt", ["2026-02-09 08:00"]),  # Cairo, UTC+2: tomorrow at ten in words
    ("الأحد 8 فبراير 2026",
     "تنعقد اللجنة في القاهرة يوم الثلاثاء 10 فبراير 2026 في الثانية عشرة والنصف ظهرًا.",
     "Egypt", ["2026-02-10 10:30"]),  # half past twelve at noon
    ("الأحد 8 فبراير 2026",
     "يلتقي رئيس المجلس بالوفد في القاهرة يوم الأربعاء 11 فبراير 2026 الساعة الواحدة ظهرًا.",
     "Egypt", ["2026-02-11 11:00"]),  # one o'clock at noon is 13:00
    ("الأحد 8 فبراير 2026",
     "تعقد اللجنة المالية اجتماعها في القاهرة يوم الخميس 12 فبراير 2026 الساعة 6:30 مساءً.",
     "Egypt", ["2026-02-12 16:30"]),  # figures, in the evening
    ("10-03-2025",
     "دعا رئيس المجلس إلى جلسة تشريعية في بيروت يومي 17 و 18 آذار الحالي "
     "في الحادية عشرة من قبل الظهر.",
     "Lebanon", ["2025-03-17 09:00", "2025-03-18 09:00"]),  # Beirut, UTC+2: two days joined by "and"
    ("الخميس 2 جانفي 2025",
     "تنطلق الجلسة العامة بتونس يوم الثلاثاء 7 جانفي 2025 على الساعة التاسعة والنصف صباحا.",
     "Tunisia", ["2025-01-07 08:30"]),  # Tunis, UTC+1: the Maghreb's month
])
def test_arabic_clock(stamp: str, body: str, country: str, expected: list[str]) -> None:
    assert _utc(_item(stamp, body, country)) == expected


def test_an_ordinal_alone_is_no_hour() -> None:
    """"الجلسة الثانية ... الجلسة الثالثة": the second and third sittings; only the figures' hour is one."""
    body = ("تعقد الجلسة الثانية في القاهرة يوم الثلاثاء 10 فبراير 2026 الساعة 11:00، "
            "ثم تليها الجلسة الثالثة للتصويت.")
    assert _utc(_item("الأحد 8 فبراير 2026", body)) == ["2026-02-10 09:00"]

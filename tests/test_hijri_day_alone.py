"""A day told on the Hijri calendar alone (issue #10, "read any organisation's releases": calendars): "يوم الأربعاء
28 صفر 1445هـ", "الموافق 28/ 2/ 1445 هـ", with no Gregorian day beside it, read as the day the Umm al-Qura calendar
(Saudi Arabia's official one) puts it on, the event's note saying so; a weekday said with it must be that day's, else
no day is read. Seen in world-hundredfortythird (a Saudi civil defence siren test notice, an hour in brackets after
"الساعة الـ"); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2023, 9, 1)


def _events(body: str) -> list[tuple[str, tuple[str, ...]]]:
    text = f"تنبيه\n\nSource: الدفاع المدني\n\n{body}\n"
    return [(f"{e.start:%Y-%m-%d %H:%M}" if isinstance(e.start, dt.datetime) else f"{e.start}", e.notes)
            for e in extract(text, source="test", reference=_REFERENCE).events]


def _note(events: list[tuple[str, tuple[str, ...]]]) -> bool:
    return any("converted from the Hijri calendar" in note for _, notes in events for note in notes)


def test_hijri_month_named_with_its_weekday() -> None:
    events = _events("تعقد الجمعية لقاءها يوم الأربعاء 5 ربيع الأول 1445هـ الساعة 10:00 صباحاً في جدة.")
    assert [day for day, _ in events] == ["2023-09-20 10:00"]  # 5 Rabi' al-Awwal 1445 is Wednesday 20 September
    assert _note(events)


def test_hijri_day_in_figures_and_an_hour_in_brackets() -> None:
    events = _events("تجري المديرية تجربة للإنذار في تمام الساعة الـ (11) صباحًا يوم الأحد الموافق 16/ 3/ 1445 هـ بمكة.")
    assert [day for day, _ in events] == ["2023-10-01 11:00"]  # 16/3/1445 is Sunday 1 October 2023
    assert _note(events)


def test_a_weekday_that_is_not_the_days_gives_no_day() -> None:
    assert _events("يقام الحفل يوم الجمعة 5 ربيع الأول 1445هـ الساعة 8:00 مساءً في جدة.") == []


def test_the_gregorian_day_beside_it_is_the_one_read() -> None:
    events = _events("يقام الحفل يوم الأربعاء 5 ربيع الأول 1445هـ الموافق 20 سبتمبر 2023م الساعة 8:00 مساءً في جدة.")
    assert [day for day, _ in events] == ["2023-09-20 20:00"]
    assert not _note(events)


def test_a_hijri_dateline_is_the_day_of_writing() -> None:
    # "الرياض 25 رجب 1445 هـ واس -": the Saudi agency's dateline on the Hijri calendar alone (Tuesday 6 February
    # 2024); "غداً", tomorrow, is counted from it
    text = "خبر\n\nSource: واس\n\nالرياض 25 رجب 1445 هـ واس - يقام الملتقى غداً الساعة 10:00 صباحاً في الرياض.\n"
    events = extract(text, source="test", reference=_REFERENCE).events
    assert [f"{e.start:%Y-%m-%d %H:%M}" for e in events if isinstance(e.start, dt.datetime)] == ["2024-02-07 10:00"]

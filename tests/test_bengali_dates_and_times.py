"""Bengali dates and clocks: "১২ মার্চ ২০২৪", "২০২৪ সালের ১২ মার্চ", "সকাল ১০টায়", "বিকাল ৩টায়", "সকাল সাড়ে
১০টায়", "সকাল ১০টা ৩০ মিনিটে". A Bangladeshi ministry's notice in Bengali had been read as nothing (the w115
helper, session 44). An hour below 7 with no part of the day says neither morning nor afternoon and is left unread.
The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.dates import find_mentions

_REFERENCE = dt.date(2024, 3, 1)


def _starts(body: str) -> list[str]:
    text = f"সংবাদ বিজ্ঞপ্তি\n\nSource: Ministry of Agriculture, Dhaka, Bangladesh\n\n{body}\n"
    return [f"{e.start:%m-%d %H:%M} {e.timezone}" if isinstance(e.start, dt.datetime) else f"{e.start:%m-%d}"
            for e in extract(text, source="test", reference=_REFERENCE).events]


@pytest.mark.parametrize(("said", "start"), [
    ("১২ মার্চ ২০২৪ সকাল ১০টায়", "03-12 10:00"),
    ("২০২৪ সালের ১২ মার্চ বিকাল ৩টায়", "03-12 15:00"),
    ("১২ মার্চ ২০২৪ সকাল সাড়ে ১০টায়", "03-12 10:30"),
    ("১২ মার্চ ২০২৪ সকাল ১০টা ৩০ মিনিটে", "03-12 10:30"),
    ("১২ মার্চ ২০২৪ রাত ৮টায়", "03-12 20:00"),
])
def test_a_day_and_its_clock(said: str, start: str) -> None:
    body = f"কৃষি মন্ত্রণালয়ের সম্মেলন কক্ষে {said} সংবাদ সম্মেলন অনুষ্ঠিত হবে।"
    assert _starts(body) == [f"{start} Asia/Dhaka"]


def test_an_hour_with_no_part_of_the_day_is_unread() -> None:
    assert [m.kind for m in find_mentions("১২ মার্চ ২০২৪ ৩টায় সভা")] == ["day"]


def test_a_weekday_in_brackets_after_its_day() -> None:
    days = [m.first for m in find_mentions("১২ মার্চ (মঙ্গলবার) সভা") if m.kind == "day"]
    assert [(d.day, d.month, d.weekday) for d in days if d] == [(12, 3, 1)]

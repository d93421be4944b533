"""Arabic hours told with "من" and the part of the day as a noun ("الثامنة من مساء يوم الخميس"), hours in words with
no part of the day, two days listed with "و", days that are names, a document's date or yesterday's (issue #10, "read
any organisation's releases": languages). The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from .conftest import listed

_ROWS = [
    ("تقيم البلدية حفلاً في بيروت في تمام الساعة الثامنة من مساء يوم الخميس 21 آذار 2024.",
     ["2024-03-21 20:00"], "the eighth hour of the evening"),
    ("تقيم البلدية حفلاً في بيروت عند الساعة الخامسة من بعد ظهر يوم الخميس 21 آذار 2024.",
     ["2024-03-21 17:00"], "the fifth hour after noon"),
    ("تلتئم الهيئة العامة يوم 21 شباط 2024 الساعة الحادية عشرة قبل الظهر في بيروت.",
     ["2024-02-21 11:00"], "before noon"),
    ("يبدأ التسجيل الساعة الثالثة يوم 20 مارس 2024 بمقر الوزارة في الرباط.",
     ["2024-03-20"], "three in words, with no part of the day, is not guessed"),
    ("تنظم الولاية يوما دراسيا يومي 3 و10 جوان 2024 بقاعة المحاضرات على الساعة 9:00 صباحا.",
     ["2024-06-03 09:00", "2024-06-10 09:00"], "two days listed with 'and', not the week between"),
    ("تستضيف الوزارة المعرض الدولي للكتاب خلال الفترة ما بين 20 و30 مارس 2024 في القاهرة.",
     ["2024-03-20..2024-03-30"], "'between 20 and 30 March' is a span"),
    ("يفتتح الوزير المعرض في جامعة 6 أكتوبر يوم الثلاثاء 16 أبريل 2024 الساعة 10 صباحاً بالقاهرة.",
     ["2024-04-16 10:00"], "October 6 University is a name"),
    ("يعقد نواب قوى 14 آذار اجتماعاً في بيروت يوم 20 آذار 2024 الساعة الخامسة عصراً.",
     ["2024-03-20 17:00"], "the March 14 alliance is a name"),
    ("يُدعى النواب بمقتضى الأمر المؤرخ في 8 مارس 2024 إلى الجلسة العامة على الساعة العاشرة صباحا من يوم الاثنين "
     "18 مارس 2024 بتونس.", ["2024-03-18 10:00"], "the day a decree is dated is no event"),
    ("تعقد الوزارة اليوم ندوة صحفية بعد العملية التي نفذت ليلة أمس السبت 16 مارس 2024 في تونس.", [],
     "last night's day is no event"),
]


@pytest.mark.parametrize(("body", "expected", "why"), _ROWS, ids=[row[2] for row in _ROWS])
def test_arabic_reading(body: str, expected: list[str], why: str) -> None:
    assert listed(f"إعلان\n\nSource: Test\n\n{body}\n", dt.date(2024, 1, 10)) == expected, why

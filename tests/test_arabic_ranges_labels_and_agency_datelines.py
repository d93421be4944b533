"""Five Arabic forms the reader of session 43 left (its review):
- a date written year first in Arabic-Indic digits ("٢٠٢٤/٣/٢٠");
- the end of an hour range ("من الساعة 9:00 صباحاً حتى الساعة 1:00 ظهراً");
- a clock named "by the timing of" a town, Greenwich or the place ("بتوقيت مكة المكرمة", "بتوقيت غرينتش",
  "بالتوقيت المحلي");
- two days listed with one hour ("يومي 21 و22 شباط ..., في الحادية عشرة"), timed on both days as "on 21 and 22
  February at 11:00" is;
- a news agency's dateline that gives the Hijri day before the Gregorian one ("الرياض 25 رجب 1445 هـ الموافق 06
  فبراير 2024 م واس -"), which dates the item and leaves the title.
The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from model import Event
from parsers import extract

_REFERENCE = dt.date(2024, 1, 10)


def _events(body: str) -> list[Event]:
    text = f"إعلان من الوزارة\n\nSource: وزارة الإعلام\n\n{body}\n"
    return list(extract(text, source="test", reference=_REFERENCE).events)


def _timed(body: str) -> list[str]:
    return [f"{e.start:%m-%d %H:%M}-{e.end:%H:%M} {e.timezone}" for e in _events(body)
            if isinstance(e.start, dt.datetime)]


@pytest.mark.parametrize(("said", "hours"), [
    ("من الساعة 9:00 صباحاً حتى الساعة 1:00 ظهراً", "09:00-13:00"),
    ("من الساعة 9 حتى 11 صباحاً", "09:00-11:00"),
    ("من الساعة الثانية حتى الرابعة عصراً", "14:00-16:00"),
    ("الساعة 19:00 - 21:30", "19:00-21:30"),
])
def test_an_hour_range_keeps_its_end(said: str, hours: str) -> None:
    body = f"تنظم الوزارة ورشة عمل يوم الأحد 3 مارس 2024 {said} في الرياض."
    assert _timed(body) == [f"03-03 {hours} Asia/Riyadh"]


def test_an_hour_then_a_day_of_the_month_is_no_range() -> None:
    body = "يبدأ التسجيل يوم الأحد 3 مارس 2024 الساعة 10:00 - 12 مارس آخر يوم للتسجيل، في الرياض."
    assert [t[:11] for t in _timed(body)] == ["03-03 10:00"]


@pytest.mark.parametrize("until", ["حتى 15 الجاري", "حتى 20 من الشهر نفسه", "- 12 رمضان", "- 3 ساعات"])
def test_an_hour_then_a_day_or_a_length_is_no_range(until: str) -> None:
    # ("until the 15th of this month", "until the 20th of the same month", "until 12 Ramadan": a day, no hour; "- 3
    # hours": how long)
    body = f"يفتح باب التسجيل يوم الأحد 3 مارس 2024 من الساعة 9 صباحاً {until} في مقر الوزارة بالرياض."
    assert _timed(body) == ["03-03 09:00-10:00 Asia/Riyadh"]


@pytest.mark.parametrize(("label", "zone", "utc"), [
    ("بتوقيت مكة المكرمة", "Asia/Riyadh", "07:00"),
    ("(بتوقيت القاهرة)", "Africa/Cairo", "08:00"),
    ("بتوقيت غرينتش", "UTC", "10:00"),
    # (Greenwich's clock moved by an offset is that offset's clock, not Greenwich's)
    ("(بتوقيت غرينتش +2)", "UTC", "08:00"),
    ("بتوقيت غرينتش+3", "Asia/Amman", "07:00"),
])
def test_a_clock_named_by_its_town_or_greenwich(label: str, zone: str, utc: str) -> None:
    # (the item names Amman as its place: the label, not the place, gives the clock)
    body = f"يعقد المؤتمر الصحفي في عمّان يوم الاثنين 4 مارس 2024 الساعة 10:00 صباحاً {label}."
    events = [e for e in _events(body) if isinstance(e.start, dt.datetime)]
    assert [(e.timezone, f"{e.start.astimezone(dt.UTC):%H:%M}") for e in events] == [(zone, utc)]


def test_local_time_is_the_places_clock() -> None:
    body = "يفتتح المعرض يوم الأربعاء 6 مارس 2024 الساعة 11:00 صباحاً (بالتوقيت المحلي) في دبي."
    assert _timed(body) == ["03-06 11:00-12:00 Asia/Dubai"]


def test_two_listed_days_with_one_hour_are_each_timed() -> None:
    body = "تعقد اللجنة اجتماعها يومي 21 و22 شباط 2024 في عمّان، في الحادية عشرة صباحاً."
    assert _timed(body) == ["02-21 11:00-12:00 Asia/Amman", "02-22 11:00-12:00 Asia/Amman"]
    assert all("،" not in e.summary and "يومي" not in e.summary for e in _events(body))


def test_two_days_after_between_are_a_span() -> None:
    # ("ما بين 20 و24 مارس": between the 20th and the 24th, every day of it, not the two days alone)
    body = "يقام المعرض في الفترة ما بين 20 و24 مارس 2024، ويفتتح الساعة 10 صباحاً في مركز الرياض الدولي للمعارض."
    days = [(f"{e.start:%m-%d}", f"{e.end:%m-%d}") for e in _events(body) if not isinstance(e.start, dt.datetime)]
    assert days == [("03-20", "03-25")]
    assert [t[:11] for t in _timed(body)] == ["03-20 10:00"]


@pytest.mark.parametrize("dateline", [
    "الرياض 25 رجب 1445 هـ الموافق 06 فبراير 2024 م واس - ",
    "الرياض ٢٥ رجب ١٤٤٥ هـ الموافق ٠٦ فبراير ٢٠٢٤ م واس - ",
])
def test_a_hijri_first_agency_dateline_dates_the_item_and_leaves_the_title(dateline: str) -> None:
    events = _events(f"{dateline}يلتقي وزير الخارجية غداً نظيره في الرياض لبحث العلاقات الثنائية.")
    assert [(f"{e.start:%Y-%m-%d}", e.summary.startswith("Event: يلتقي")) for e in events] == [("2024-02-07", True)]


def test_a_dash_after_two_words_is_no_dateline() -> None:
    events = _events("ورشة عمل - تنظم الوزارة الورشة يوم الأحد 3 مارس 2024 الساعة 10:00 صباحاً في الرياض.")
    assert [e.summary.split(": ", 1)[1].split()[:2] for e in events] == [["ورشة", "عمل"]]


def test_a_year_first_date_in_arabic_indic_digits() -> None:
    body = "تعقد اللجنة اجتماعها يوم الأربعاء ٢٠٢٤/٣/٢٠ الساعة 10:00 صباحاً في الرياض."
    assert _timed(body) == ["03-20 10:00-11:00 Asia/Riyadh"]


@pytest.mark.parametrize("number", ["رقم ٢٠٢٤/٣/١٥", "رقم ١٥/٣/٢٠٢٤"])
def test_a_papers_number_is_no_day(number: str) -> None:
    # ("the circular No. 2024/3/15": a reference written as a day of figures is)
    body = f"تعقد اللجنة اجتماعها يوم الأربعاء الساعة 10:00 صباحاً في الرياض لمناقشة التعميم {number} بشأن الرسوم."
    assert all(f"{e.start:%m-%d}" != "03-15" for e in _events(body))


def test_an_agencys_name_alone_is_no_dateline() -> None:
    # ("العمانية", the Omani, is also the Omani agency's short name: with no day, no dateline opens the title)
    events = _events("وزارة الصحة العمانية - تعقد الوزارة مؤتمراً صحفياً يوم الأحد 3 مارس 2024 الساعة 10:00 صباحاً "
                     "في مسقط.")
    assert events
    assert all("وزارة الصحة" in e.summary for e in events)

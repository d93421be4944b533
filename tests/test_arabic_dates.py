"""Arabic dates and times (issue #10, "read any organisation's releases": languages): the Gregorian months as Egypt
and the Gulf, the Levant and the Maghreb name them, Arabic-Indic digits, spans "من 20 إلى 22", hours by the clock or
in words with their part of the day, and "الماضي" (last) of a day gone by. An Arabic release had been read as no date
at all (world-hundredfifth, a UN information centre's); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2024, 1, 10)


def _events(text: str) -> list[str]:
    out = []
    for e in extract(text, source="test", reference=_REFERENCE).events:
        if isinstance(e.start, dt.datetime):
            out.append(f"{e.start:%Y-%m-%d %H:%M%z}")
        else:
            out.append(f"{e.start:%Y-%m-%d}..{e.end - dt.timedelta(days=1) if e.end else e.start:%Y-%m-%d}")
    return sorted(out)


def _item(body: str, source: str = "UN Information Centre Cairo") -> str:
    return f"إعلان\n\nSource: {source}\n\n{body}\n"


def test_a_day_with_its_weekday_and_a_morning_hour() -> None:
    text = _item("ينظم المركز لقاء حول التغير المناخي يوم الأحد 14 أبريل 2024 الساعة 10:30 صباحاً في مقره بالقاهرة.")
    assert _events(text) == ["2024-04-14 10:30+0200"]


def test_an_evening_hour_in_words_with_a_half() -> None:
    text = _item("يقام حفل الاستقبال يوم الثلاثاء 7 مايو 2024 في تمام الساعة السابعة والنصف مساءً بفندق في القاهرة.")
    assert _events(text) == ["2024-05-07 19:30+0300"]  # Cairo keeps summer time again since 2023


def test_levantine_month_with_its_other_name_and_indic_digits() -> None:
    text = _item("تعقد اللجنة اجتماعها الدوري في بيروت يوم الخميس ١٥ شباط/فبراير ٢٠٢٤ عند الساعة 11:00 ظهراً.",
                 source="Ministry of Environment, Lebanon")
    assert _events(text) == ["2024-02-15 11:00+0200"]


def test_a_span_of_days() -> None:
    text = _item("تستضيف الوزارة المؤتمر الإقليمي للمياه خلال الفترة من 24 إلى 26 سبتمبر 2024 في عمّان.",
                 source="Ministry of Water, Jordan")
    assert _events(text) == ["2024-09-24..2024-09-26"]


def test_a_maghreb_month_and_a_clock_marked_pm() -> None:
    text = _item("تنظم البلدية سهرة ثقافية بالمسرح البلدي يوم السبت 8 جوان 2024 على الساعة 9:00 م.",
                 source="Commune de Tunis")
    assert _events(text) == ["2024-06-08 21:00+0100"]


def test_a_day_called_last_is_gone_by() -> None:
    text = _item("عقد المجلس الثلاثاء 2 يناير الماضي جلسة عامة.\n\n"
                 "ويعقد المجلس جلسته المقبلة يوم الأربعاء 17 يناير 2024 الساعة 12:00 ظهراً.",
                 source="Parliament of Egypt, Cairo")
    assert _events(text) == ["2024-01-17 12:00+0200"]


def test_a_bare_hour_of_the_afternoon_or_the_night_is_not_guessed() -> None:
    text = _item("تبدأ ورشة التدريب يوم 20 مارس 2024 الساعة 3 بمقر المركز في القاهرة.\n\n"
                 "ويفتتح المعرض يوم 21 مارس 2024 الساعة 10 بمقر المركز في القاهرة.")
    assert _events(text) == ["2024-03-20..2024-03-20", "2024-03-21 10:00+0200"]


def test_a_short_sentence_with_the_article_is_not_a_date_line() -> None:
    # Arabic glues the article and a preposition to the noun: six words here say what eight say in English.
    text = _item("كما ينظم المركز ورشة عمل للصحفيين من 24 إلى 26 مارس 2024.")
    assert _events(text) == ["2024-03-24..2024-03-26"]


def test_today_named_with_its_weekday_under_a_stamp() -> None:
    # The day in context is the committee's, 28 May; "اليوم الثلاثاء" (today, Tuesday) is the stamp's.
    text = _item("الرباط، الثلاثاء 4 يونيو 2024\n\n"
                 "ناقشت لجنة العدل مشروع القانون يوم الثلاثاء 28 مايو 2024 وصادقت عليه بالإجماع بعد نقاش طويل.\n\n"
                 "ويعقد المجلس اليوم الثلاثاء جلسة عامة للتصويت على مشروع القانون، على الساعة الثالثة بعد الظهر.",
                 source="Chambre des représentants, Rabat")
    assert [event for event in _events(text) if ":" in event] == ["2024-06-04 15:00+0100"]


def test_a_hijri_day_beside_the_gregorian_one_is_the_same_day_told_again() -> None:
    text = _item("العدد 4120 - الأحد 9 يونيو 2024م الموافق 3 ذو الحجة 1445هـ\n\n"
                 "يفتتح الوزير المعرض الوطني للكتاب يوم الأربعاء 12 يونيو 2024 الساعة 10:00 صباحاً في الرياض.",
                 source="Ministry of Culture, Saudi Arabia")
    assert _events(text) == ["2024-06-12 10:00+0300"]


def test_an_hour_in_words_without_its_part_of_the_day_is_not_guessed() -> None:
    text = _item("تعقد الوزارة ندوة صحفية يوم الأحد 29 مارس 2015 على الساعة الرابعة بمقرها في تونس العاصمة.",
                 source="Ministry of Interior, Tunisia")
    assert _events(text) == ["2015-03-29..2015-03-29"]


def test_a_ministry_named_by_its_country_adjective_and_a_day_after_yesterday() -> None:
    # "وزارة الداخلية التونسية": Tunisia's clock; "أمس السبت 28 مارس" (yesterday, Saturday 28 March) is gone by,
    # and "اليوم الأحد" (today, Sunday) is the day after it.
    text = ("ندوة صحفية\n\nSource: وزارة الداخلية التونسية\n\nالأحد 29 مارس 2015\n\n"
            "تعقد الوزارة اليوم الأحد ندوة صحفية حول العملية التي جرت أمس السبت 28 مارس 2015 في الجنوب.\n\n"
            "وتنطلق الندوة على الساعة الخامسة مساء بمقر الوزارة.\n")
    assert _events(text) == ["2015-03-29 17:00+0100"]


def test_tomorrow_alone_and_hours_in_words_after_in() -> None:
    text = _item("الرباط - الثلاثاء 11 يونيو 2024 09:17\n\n"
                 "يعقد المجلس غدًا جلستين عامتين بمقره في الرباط.\n\n"
                 "وفي العاشرة والربع صباحًا تنطلق الجلسة الأولى للتصويت على مشروع قانون المالية.\n\n"
                 "وتنطلق الجلسة الثانية في الواحدة بعد الظهر لمناقشة الأسئلة الشفوية.",
                 source="Chambre des représentants, Rabat")
    assert _events(text) == ["2024-06-12 10:15+0100", "2024-06-12 13:00+0100"]


def test_a_decree_dated_is_no_event() -> None:
    text = _item("صدر في الجريدة الرسمية الأمر المؤرخ في 8 مارس 2023 المتعلق بدعوة النواب إلى الجلسة الافتتاحية.\n\n"
                 "ويُدعى النواب إلى الجلسة على الساعة العاشرة صباحا من يوم الاثنين 13 مارس 2023 بمقر المجلس بتونس.",
                 source="Assemblée des représentants du peuple, Tunisia")
    assert _events(text) == ["2023-03-13 10:00+0100"]

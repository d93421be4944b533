"""Arabic hours after "عند" (at), as Lebanese and Levantine notices write them: "عند العاشرة والنصف من قبل الظهر",
"عند الساعة السادسة مساء" (issue #10, "Times"); and the end a sentence gives after "وتنتهي" (and it ends), "وتنتهي عند
الثانية بعد الظهر", which is no event of its own. Seen in world-hundredthirtyfifth (a Beirut university faculty's
seminar, published as a day, and its end); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 3, 1)


def _times(text: str) -> list[tuple[int, int, int]]:
    events = extract(text, source="test", reference=_REFERENCE).events
    return [(e.start.day, e.start.hour, e.start.minute) for e in events if isinstance(e.start, dt.datetime)]


def test_an_hour_in_words_after_inda() -> None:
    text = ("محاضرة في كلية العلوم\n\nSource: جامعة بيروت العربية\n\nتنظم كلية العلوم محاضرة عن تغير المناخ يوم "
            "الخميس 16 نيسان 2026 عند العاشرة والنصف من قبل الظهر في قاعة المؤتمرات.\n")
    assert _times(text) == [(16, 10, 30)]


def test_the_hour_after_inda_al_saa() -> None:
    text = ("أمسية شعرية في الجامعة\n\nSource: جامعة بيروت العربية\n\nتقيم الجامعة أمسية شعرية "
            "يوم الجمعة 17 نيسان 2026 "
            "عند الساعة السادسة مساء في المسرح الكبير.\n")
    assert _times(text) == [(17, 18, 0)]


def test_its_end_is_no_event() -> None:
    text = ("ندوة في كلية الحقوق\n\nSource: جامعة بيروت العربية\n\nتعقد كلية الحقوق ندوة يوم الثلاثاء 21 نيسان 2026 "
            "عند العاشرة صباحا. تجري الندوة على جلستين، وتنتهي عند الثانية بعد الظهر.\n")
    assert _times(text) == [(21, 10, 0)]

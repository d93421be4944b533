"""Turkish dates and times (issue #10, "read any organisation's releases"): a presidency's programme says
"19 Temmuz 2023", "yarın" (tomorrow), "17.45'te" (at 17.45, the case ending after an apostrophe) and
"saat 14.00'te". Seen in world-sixtyseventh (the Turkish president's day visit to Northern Cyprus, nothing of which
was published); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.lang_turkish import turkish_mentions

_REFERENCE = dt.date(2026, 12, 5)


def _starts(text: str) -> list[tuple[dt.date, int, int]]:
    return [(e.start.date(), e.start.hour, e.start.minute)
            for e in extract(text, source="test", reference=_REFERENCE).events if isinstance(e.start, dt.datetime)]


@pytest.mark.parametrize(("text", "kind", "value", "why"), [
    ("3 Ekim 2024 Cuma", "day", (3, 10, 2024, 4), "day, month, year, then the weekday"),
    ("20 Temmuz'da", "day", (20, 7, None, None), "a case ending after the month"),
    ("14 Şubat", "day", (14, 2, None, None), "a month with a Turkish letter"),
    ("10-12 Ekim", "span", ((10, 10), (12, 10)), "two days of one month"),
    ("17.45'te", "time", dt.time(17, 45), "a case ending after the clock"),
    ("saat 9:30", "time", dt.time(9, 30), "'saat' before the clock"),
    ("yarın", "published", 1, "tomorrow"),
])
def test_turkish_forms(text: str, kind: str, value: object, why: str) -> None:
    mentions = turkish_mentions(f"Bakan {text} İzmir'de bir konuşma yapacak.")
    assert [m.kind for m in mentions] == [kind], why
    found = mentions[0]
    if kind == "day":
        assert found.first is not None
        assert (found.first.day, found.first.month, found.first.year, found.first.weekday) == value, why
    elif kind == "span":
        assert found.first is not None
        assert found.last is not None
        assert ((found.first.day, found.first.month), (found.last.day, found.last.month)) == value, why
    elif kind == "time":
        assert found.time == value, why
    else:
        assert found.offset == value, why


def test_a_bare_number_with_a_stop_is_left_to_the_english_grammar() -> None:
    assert turkish_mentions("Oran 12.50 ve 13.25 arasında değişti.") == []


def test_an_english_text_is_not_read_as_turkish() -> None:
    assert turkish_mentions("The Cuma family will visit Ekim Street on 5 Mart Avenue.") == []


def test_tomorrow_under_a_dated_stamp_with_times_and_case_endings() -> None:
    text = ("Bakan yarın Ankara'da\n\nSource: Dışişleri Bakanlığı\n\n8 Mart 2024\n\n"
            "Dışişleri Bakanı yarın Ankara'da bir dizi görüşme yapacak. Bakan 10.30'da büyükelçileri kabul edecek, "
            "saat 15.00'te ise basın toplantısı düzenleyecek.\n")
    assert _starts(text) == [(dt.date(2024, 3, 9), 10, 30), (dt.date(2024, 3, 9), 15, 0)]

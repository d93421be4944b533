"""Turkish deadlines (issue #10, "Not events"): "en geç 12 Mart" (at the latest), "son gün 12 Mart" (the last day),
"son başvuru tarihi" (the closing date), and a clock in the dative before "kadar" (until): "saat 17.00’ye kadar".
They bound when something must be done; nobody gathers then. Seen in world-hundredfifth (a committee's press
conference notice, the camera crews' registration "28 Ağustos Pazartesi, saat 18.00" published as an event); the
texts are ours. A range's end, its start in the ablative before it ("10.00’dan 17.00’ye kadar"), stays a time."""

from __future__ import annotations

import datetime as dt

from tests.conftest import timed_starts_of

_REFERENCE = dt.date(2026, 1, 10)
_HEAD = ("Basın toplantısı\n\nSource: Belediye Basın Bürosu\n\n"
         "Belediye Başkanı 14 Mart 2024 Perşembe günü saat 11.00’de basın toplantısı düzenleyecek. ")


def _starts(text: str) -> list[str]:
    return timed_starts_of(text, _REFERENCE)


def test_the_last_day() -> None:
    assert _starts(_HEAD + "Akreditasyon için son gün 12 Mart Salı, saat 17.00.\n") == ["2024-03-14 11:00"]


def test_at_the_latest_and_until() -> None:
    text = _HEAD + "Kayıtların en geç 12 Mart Salı günü saat 17.00’ye kadar yapılması gerekiyor.\n"
    assert _starts(text) == ["2024-03-14 11:00"]


def test_until_a_clock_in_the_dative() -> None:
    text = _HEAD + "Başvurular 12 Mart Salı günü saat 17.00’ye kadar alınacak.\n"
    assert _starts(text) == ["2024-03-14 11:00"]


def test_a_range_from_one_clock_to_another_stays() -> None:
    text = ("Sergi\n\nSource: Belediye Kültür Müdürlüğü\n\n"
            "Sergi 5 Mayıs 2024 Pazar günü saat 10.00’dan 17.00’ye kadar ziyarete açık olacak.\n")
    assert _starts(text) == ["2024-05-05 10:00"]


def test_a_fair_s_last_day_is_a_day_of_the_fair() -> None:
    # "Fuarın son günü": the genitive makes it the fair's own last day, on which the minister comes
    text = ("Fuar\n\nSource: Ticaret Odası\n\nFuarın son günü 14 Mart 2024 saat 15.00'te Bakan ödül törenine "
            "katılacak.\n")
    assert _starts(text) == ["2024-03-14 15:00"]

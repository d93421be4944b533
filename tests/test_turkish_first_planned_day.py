"""The day first announced and then replaced, told in Turkish ("Daha önce 5 Mart Perşembe günü için duyurulan program
... 6 Mart Cuma gününe alındı", "Önceden 12 Nisan olarak açıklanan tören ..."): the earlier day is set aside, only the
new one is an event (issue #10, "Not events"). Seen in world-hundredfortyfifth 9 (a minister's visit to Konya moved
by a day); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2031, 1, 10)


def _starts(text: str) -> list[str]:
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" if isinstance(e.start, dt.datetime) else f"{e.start:%Y-%m-%d}"
                  for e in extract(text, source="test", reference=_REFERENCE, default_zone="Europe/Istanbul").events)


def test_daha_once_day_is_set_aside() -> None:
    text = ("Bakanın Sivas ziyareti ertelendi\n\nSource: Bakanlık\n\n3 Nisan 2031\n\n"
            "Daha önce 8 Nisan 2031 Salı günü için açıklanan ziyaret, 10 Nisan 2031 Perşembe gününe alındı.\n")
    assert _starts(text) == ["2031-04-10"]


def test_onceden_day_is_set_aside() -> None:
    text = ("Açılış töreninin tarihi değişti\n\nSource: Belediye\n\n2 Nisan 2031\n\n"
            "Önceden 12 Nisan 2031 olarak duyurulan açılış töreni, 14 Nisan 2031 Pazartesi saat 11.00'de yapılacak.\n")
    assert _starts(text) == ["2031-04-14 11:00"]


def test_a_day_without_an_earlier_plan_stays() -> None:
    text = ("Bakan Sivas'ta\n\nSource: Bakanlık\n\n3 Nisan 2031\n\n"
            "Bakan, 8 Nisan 2031 Salı günü Sivas'ı ziyaret edecek.\n")
    assert _starts(text) == ["2031-04-08"]

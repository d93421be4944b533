"""A Turkish paper named by its date: "09/06/2031 tarihli, 7/150 sayılı kararıyla" (by the decision dated ..., number
...), "tarihli raporunda" (in its report dated ...), "tarih ve 12 sayılı" (of date and number), "Meclis kararı
09/06/2031" (the council's decision, then its date), and an agenda row "- 09/06/2031 tarihli toplantının tutanak özeti"
(the minutes of the meeting of that day): the day a paper was written or a past meeting held, no event; the meeting the
agenda is for keeps its day and hour, and so does a meeting named by its day ("tarihli Meclis Toplantısı"). Seen in
world-hundredtwentyninth 1 (a metropolitan council's agenda: four past dates of decisions and reports were published
as events). Texts in our own words."""

from __future__ import annotations

import pytest

from parsers import extract

from .conftest import REFERENCE

TEXT = """MART AYI MECLİS GÜNDEMİ

Source: Örnekova Büyükşehir Belediyesi

Belediye Meclisi 20/03/2031 Perşembe günü saat 15.00'te Meclis Salonunda toplanacaktır.

{line}
"""


def _days(line: str) -> list[str]:
    events = extract(TEXT.format(line=line), source="belediye", reference=REFERENCE).events
    return sorted(e.start.strftime("%Y-%m-%d") for e in events)


@pytest.mark.parametrize("line", [
    "1- Meclisin 03/02/2031 tarihli, 4/88 sayılı kararıyla Plan ve Bütçe Komisyonuna gönderilen teklif görüşülecek.",
    "2- Park alanı düzenlemesi: komisyonun 17/02/2031 tarihli raporunda kabulü uygun bulunmuştur.",
    "3- Encümenin 03/02/2031 tarih ve 12 sayılı yazısı okunacak.",
    "4- Kuzey Mahallesi imar değişikliği (Meclis kararı 03/02/2031, 4/89; komisyon raporu 17/02/2031).",
    "- 03/02/2031 tarihli toplantının tutanak özeti okunacak.",
    "5- Güney Mahallesi park alanı (Meclis kararı 03/02/2031, 4/90; komisyon raporu 17/02/2031, kabul yönünde).",
])
def test_a_paper_named_by_its_date_is_no_event(line: str) -> None:
    assert _days(line) == ["2031-03-20"]


def test_a_meeting_named_by_its_date_keeps_its_day() -> None:
    text = """NİSAN TOPLANTISI

Source: Örnekova Büyükşehir Belediyesi

08.04.2031 tarihli Meclis Toplantısı ilçe salonunda yapılacaktır.
"""
    events = extract(text, source="belediye", reference=REFERENCE).events
    assert [e.start.strftime("%Y-%m-%d") for e in events] == ["2031-04-08"]


def test_a_decision_announced_at_a_time_to_come_keeps_its_time() -> None:
    text = """Faiz kararı

Source: Örnekova Kalkınma Ajansı

Kurul 12 Şubat 2031 Çarşamba günü toplanacak; karar saat 14.00'te açıklanacak.
"""
    events = extract(text, source="ajans", reference=REFERENCE).events
    assert [e.start.strftime("%Y-%m-%d %H:%M") for e in events if hasattr(e.start, "hour")] == ["2031-02-12 14:00"]

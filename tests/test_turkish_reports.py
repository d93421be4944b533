"""A Turkish report with no stamp: a day, its year written, in a sentence that ends in a verb of the past ("... 11
Aralık 2023 günü saat 19:00'da ... bir resepsiyon düzenledi.", held a reception) was over when the item was written,
its clock with it; a sentence that ends in a verb to come ("... düzenlenecek.") still announces. Seen in
world-hundredfortyfourth item 5, a culture organisation's anniversary reception told after the fact. Texts in our own
words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 12, 3)


def _starts(body: str) -> list[str]:
    item = f"Kutlama\n\nSource: Kültür Vakfı\n\n{body}\n"
    return [e.start.isoformat()[:16] for e in extract(item, source="tr", reference=_REFERENCE).events]


def test_a_reception_told_in_the_past_is_no_event() -> None:
    body = ("Vakıf, kuruluşunun 20. yılı dolayısıyla 14 Mart 2024 günü saat 18:30'da İzmir'deki kongre merkezinde "
            "bir tören düzenledi. Törene çok sayıda konuk katıldı.")
    assert _starts(body) == []


def test_a_ceremony_to_come_is_still_announced() -> None:
    body = ("Vakıf, kuruluşunun 20. yılı dolayısıyla 14 Mart 2024 günü saat 18:30'da İzmir'deki kongre merkezinde "
            "bir tören düzenleyecek.")
    assert _starts(body) == ["2024-03-14T18:30"]

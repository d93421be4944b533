"""The day of an Indonesian saying given after a speaker's office, name and place, parted by commas ("kata Kepala
Bagian ..., Kompol X, di Markas Polres, Jumat (13/3/2026)"): the bracketed date is when it was said, not the day of
the quote's clock; "Besok jam 06.30 WIB" in the quote is the day after. Seen in world-hundredfortythird 12 (a joint
parade put on the day of the saying). Texts in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

from .conftest import REFERENCE

# (the saying's sentence on one line, as the page gives it: a line break would end it)
_TEXT = ("Apel gabungan di alun-alun\n\nSource: Polres Contoh\n\nKompas.com - 13/03/2026, 18:00 WIB\n\n"
         "CONTOH - Sabtu, 14 Maret 2026, Polres Contoh bersama Kodim akan menggelar apel gabungan di alun-alun kota, "
         "menjelang pawai budaya.\n\n"
         "\"Besok jam 06.30 WIB ada apel pengamanan pawai 300 peserta,\" kata Kepala Bagian Operasi Polres Contoh, "
         "Kompol Budi Santoso, di Markas Polres, Jumat (13/3/2026).\n")


def test_tomorrow_in_a_quote_is_the_day_after_the_saying() -> None:
    starts = {(e.start.date(), e.start.hour, e.start.minute)
              for e in extract(_TEXT, source="polres", reference=REFERENCE).events if not e.all_day}
    assert (dt.date(2026, 3, 14), 6, 30) in starts
    assert (dt.date(2026, 3, 13), 6, 30) not in starts

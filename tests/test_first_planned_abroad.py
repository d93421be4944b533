"""The day first planned, told in Indonesian, Spanish, Portuguese or French ("Semula ... direncanakan pada Jumat",
"inicialmente prevista para el martes") in an item that gives the new day (issue #10, "Not events": a court's ruling
brought forward a day). Seen in world-hundredfortyfirst (a constitutional court's ruling, "Semula pengucapan putusan
direncanakan pada Jumat (28/6/2019)", moved to Thursday, published the dropped Friday too); the texts are ours."""

from __future__ import annotations

import datetime as dt

from tests.conftest import starts_of

_REFERENCE = dt.date(2026, 1, 10)


def _starts(text: str) -> list[str]:
    return starts_of(text, _REFERENCE)


def test_indonesian_first_plan() -> None:
    text = ("Sidang putusan dimajukan\n\nSource: Pengadilan Tinggi\n\nSenin (9/3/2026)\n\n"
            "Semula sidang putusan direncanakan pada Jumat (13/3/2026). Sidang putusan kini akan digelar pada Kamis, "
            "12 Maret 2026, pukul 10.00 WIB.\n")
    assert _starts(text) == ["2026-03-12 10:00"]


def test_spanish_first_plan() -> None:
    text = ("Audiencia adelantada\n\nSource: Tribunal Electoral\n\n9 de marzo de 2026\n\n"
            "La audiencia, inicialmente prevista para el viernes 13 de marzo de 2026, se realizará el jueves 12 de "
            "marzo de 2026 a las 10:00.\n")
    assert _starts(text) == ["2026-03-12 10:00"]

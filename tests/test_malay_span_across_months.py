"""An Indonesian or Malay span whose first day carries its own month, across the turn of a month: "31 Januari
hingga 1 Februari 2024", "29 Jun sampai 2 Julai 2025" (world-hundredthirtyeighth 1: a provincial governor's visit
"pada tanggal 31 Januari hingga 1 Februari 2024"). The span within one month ("26 hingga 28 November") is read as
before. Items in our own words."""

from __future__ import annotations

import pytest

from parsers.lang_malay import malay_mentions

from .conftest import listed


def _span(text: str) -> tuple[tuple[int | None, int, int], tuple[int | None, int, int]] | None:
    found = [m for m in malay_mentions(text) if m.kind == "span"]
    if not found or found[0].first is None or found[0].last is None:
        return None
    first, last = found[0].first, found[0].last
    return (first.year, first.month, first.day), (last.year, last.month, last.day)


@pytest.mark.parametrize(("text", "expected", "why"), [
    ("pada tanggal 30 April hingga 2 Mei 2030", ((2030, 4, 30), (2030, 5, 2)), "Indonesian, with hingga"),
    ("dari 29 Jun sampai 2 Julai 2030", ((2030, 6, 29), (2030, 7, 2)), "Malay, with sampai"),
    ("berlangsung pada 30 September s.d. 1 Oktober 2030", ((2030, 9, 30), (2030, 10, 1)), "Indonesian, with s.d."),
    ("pada 26 hingga 28 November 2030", ((2030, 11, 26), (2030, 11, 28)), "one month, as before"),
])
def test_span_across_months(text: str, expected: tuple[tuple[int, int, int], ...], why: str) -> None:
    assert _span(text) == expected, why


ITEM = """Bupati berkunjung ke kecamatan

Source: A regency government

20 April 2030

Bupati dijadwalkan berkunjung ke Kecamatan Contoh pada tanggal 30 April hingga 2 Mei 2030 untuk meninjau
pembangunan jembatan desa.
"""


def test_the_visit_is_one_span_of_three_days() -> None:
    assert listed(ITEM) == ["2030-04-30..2030-05-02"]

"""A Turkish municipality's or governorship's name ("Beylikdüzü Belediyesi", "Sakarya Büyükşehir Belediyesi",
"Kadıköy Kaymakamlığı") and a Polish town office's or council's ("Urząd Miejski w ...", "Rada Miasta ...") name the
country whose clock their events keep, when the text names no place the gazetteer knows. Seen in
world-hundredtwentyfirst 8: an Istanbul district's council meeting "saat 10:00" was put on Brussels' clock. Texts in
our own words."""

from __future__ import annotations

import pytest

from parsers import extract
from parsers.institutioncountry import institution_country

from .conftest import REFERENCE


@pytest.mark.parametrize(("org", "country"), [
    ("Örnekköy Belediyesi", "TR"),
    ("Örnekşehir Büyükşehir Belediyesi", "TR"),
    ("Örnekova Kaymakamlığı", "TR"),
    ("Urząd Miejski w Przykładowie", "PL"),
    ("Rada Miasta Przykładowa", "PL"),
    ("Urząd Gminy Wzorowo", "PL"),
])
def test_the_office_names_its_country(org: str, country: str) -> None:
    assert institution_country(org) == country


def test_a_turkish_council_meeting_keeps_turkeys_clock() -> None:
    text = """MART AYI MECLİS TOPLANTISI

Source: Örnekköy Belediyesi

Belediye meclisimiz 14 Mart 2031 Cuma günü saat 14:00'te Meclis Salonunda toplanacaktır.
"""
    timed = [e for e in extract(text, source="belediye", reference=REFERENCE).events if not e.all_day]
    assert [e.start.utcoffset().total_seconds() / 3600 for e in timed] == [3.0]


def test_a_polish_sitting_keeps_polands_clock() -> None:
    text = """Sesja Rady

Source: Urząd Gminy Wzorowo

Sesja Rady Gminy odbędzie się w piątek, 14 marca 2031 r. o godz. 10.00 w sali narad.
"""
    timed = [e for e in extract(text, source="gmina", reference=REFERENCE).events if not e.all_day]
    assert [str(e.start.tzinfo) for e in timed] == ["Europe/Warsaw"]

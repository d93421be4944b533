"""A page that declares no charset and is not UTF-8 is read as a browser reads it, as windows-1252, when not one
well-formed UTF-8 sequence is in it ("Educaci\\xf3n" is "Educación", "\\x93" a curly quote): a parliament's tracking
sheet in Spanish lost every accented letter. A page of UTF-8 with one stray bad byte stays UTF-8, that byte replaced;
a declared charset still wins. Pages of our own."""

from __future__ import annotations

import pytest

from parsers.html import html_article

URL = "https://www.example.org/expediente/17"

ROWS = [
    (b"<html><body><p>Comisi\xf3n de Educaci\xf3n: sesi\xf3n el 3 de marzo</p></body></html>",
     "Comisión de Educación: sesión el 3 de marzo", "undeclared latin-1 read as windows-1252"),
    (b"<html><body><p>\x93Pleno\x94 \x96 Sala de sesiones</p></body></html>", "“Pleno” – Sala de sesiones",
     "windows-1252 quotes and dash"),
    (b"<html><body><p>Sesi\xc3\xb3n del Pleno \xe9</p></body></html>", "Sesión del Pleno \ufffd",
     "UTF-8 with a stray byte stays UTF-8"),
    (b"<html><head><meta charset='iso-8859-15'></head><body><p>Prix: 5 \xa4</p></body></html>", "Prix: 5 €",
     "a declared charset wins"),
]


@pytest.mark.parametrize(("data", "text", "why"), ROWS, ids=[row[2] for row in ROWS])
def test_undeclared_bytes_are_read_as_a_browser_reads_them(data: bytes, text: str, why: str) -> None:
    assert html_article(data, url=URL, source="test").body == text, why

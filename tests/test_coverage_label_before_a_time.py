"""A time whose line holds only a press-coverage label or an "about" before it ("WORT-BILD-TERMIN: 19.00 Uhr",
"Bild-Termin: 10.30 Uhr", "ca. 11.00 Uhr") waits for the line under it, which says what happens; the label is no
title. Shown by world-eightyninth items 1 and 6 (Berlin's list of the Governing Mayor's dates, Vienna's aviso of the
council of ministers), published as "WORT-BILD-TERMIN" and "Ca". Texts in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 12, 3)

CASES = [
    ("Termine der Bürgermeisterin\n\nSource: Rathaus Potsdam\n\nDienstag, 8. Oktober 2024\n\n"
     "WORT-BILD-TERMIN: 16.30 Uhr\nEröffnung der neuen Stadtbibliothek; Am Kanal 47, Potsdam\n\n"
     "Mittwoch, 9. Oktober 2024\n\nBild-Termin: 10.00 Uhr\nBesuch der Feuerwache Nord; Potsdam\n",
     [("2024-10-08 16:30", "Stadtbibliothek"), ("2024-10-09 10:00", "Feuerwache")], "coverage labels"),
    ("Aviso: Landesregierung tagt am Dienstag\n\nSource: Staatskanzlei Musterland\n\n"
     "Am Dienstag, 14. Mai 2024 um 9.00 Uhr tagt die Landesregierung in Potsdam.\n\nTermin für Medien:\n\n"
     "ca. 10.30 Uhr\n\nPRESSEKONFERENZ mit dem Regierungssprecher\n",
     [("2024-05-14 09:00", "tagt"), ("2024-05-14 10:30", "PRESSEKONFERENZ")], "an 'about' before the time"),
]


@pytest.mark.parametrize(("text", "expected", "why"), CASES)
def test_the_line_under_names_the_entry(text: str, expected: list[tuple[str, str]], why: str) -> None:
    events = extract(text, source="labels", reference=_REFERENCE).events
    found = sorted((e.start.strftime("%Y-%m-%d %H:%M"), e.summary + " " + e.sentence) for e in events
                   if isinstance(e.start, dt.datetime))
    assert [start for start, _ in found] == [start for start, _ in expected], why
    for (_, text_of), (_, word) in zip(found, expected, strict=True):
        assert word in text_of, why

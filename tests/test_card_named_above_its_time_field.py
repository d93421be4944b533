"""A card of a weekly agenda whose "Time:" field stands right under what it is: one sentence ("Reading of the names
of the fallen, with the Speaker.") or a heading ("OPEN DOORS FOR ..."), not the item's title, names its event.
Texts in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

AGENDA = """Weekly agenda of the Island Assembly

Source: Island Assembly

2031-05-13

Reading of the names of the fallen at the memorial, with the Speaker and the island's veterans.

Time: 2031-05-13 09:30:00.0

Venue: Memorial Gardens, Main Street.

2031-05-14

OPEN DOORS FOR THE ISLAND'S SCHOOLS

Time: 2031-05-14 11:00:00.0
"""

SPANISH = """Agenda semanal de la Asamblea

Source: Asamblea Insular

Jornada de puertas abiertas para escolares, con la vicepresidenta de la Mesa.

Hora: 2031-05-15 10:00:00.0

Lugar: Salón de Plenos.
"""


def _titles(text: str) -> list[tuple[str, str]]:
    events = extract(text, source="agenda", reference=dt.date(2031, 5, 1), default_zone="Atlantic/Canary").events
    return [(f"{e.start:%d %H:%M}", e.summary) for e in events]


def test_the_sentence_above_the_time_field_names_the_card() -> None:
    titles = _titles(AGENDA)
    assert titles[0][0] == "13 09:30"
    assert "names of the fallen" in titles[0][1]


def test_the_heading_above_the_time_field_names_the_card() -> None:
    assert any(when == "14 11:00" and "OPEN DOORS" in title for when, title in _titles(AGENDA))


def test_a_spanish_card_is_named_by_its_sentence() -> None:
    [(when, title)] = _titles(SPANISH)
    assert when == "15 10:00"
    assert "puertas abiertas" in title


def test_a_line_about_the_press_or_a_field_does_not_name_the_card() -> None:
    for above in ("Open to accredited media.", "Live streaming on the Assembly's website.",
                  "Who: The Speaker and the island's veterans", "Accreditation is required for all journalists."):
        text = (f"Signing of the fisheries agreement\n\nSource: Island Assembly\n\n{above}\n\n"
                "Time: 2031-05-13 09:30:00.0\n\nVenue: Memorial Gardens, Main Street.\n")
        [(when, title)] = _titles(text)
        assert when == "13 09:30"
        assert "fisheries agreement" in title, above


def test_consecutive_cards_each_take_the_line_above() -> None:
    text = ("Weekly programme of the Speaker\n\nSource: Island Assembly\n\nMonday 12 May 2031\n\n"
            "Please find the Speaker's engagements below.\n\nTime: 09:00\n\nCourtesy call of the Mayor of Apia\n\n"
            "Meeting with the Ambassador of Japan.\n\nTime: 10:00\n\n"
            "Opening of the photo exhibition.\n\nTime: 12:30\n")
    titles = dict(_titles(text))
    assert "Courtesy call" in titles["12 09:00"]
    assert "Ambassador of Japan" in titles["12 10:00"]
    assert "photo exhibition" in titles["12 12:30"]

"""A capitalised word after a row's dash that a word in lower case follows opens the row's caption ("6:00 p.m. –
Libertad compartida – en el Teatro de la Paz"); it is no town of that name abroad (Libertad in the Philippines), and
the row keeps the clock of the item's own town. A town alone after the dash, or before "and online", still says
where. A Mexican city's programme of forums showed the form. Texts in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

REFERENCE = dt.date(2026, 11, 27)


def _rows(row: str) -> list[tuple[str, str]]:
    text = (f"Foros\n\nSource: Ayuntamiento de Zacatecas (Mexico)\n\nMartes 12 de noviembre de 2024\n\n{row}\n")
    return [(f"{e.start:%H:%M %z}", e.location) for e in extract(text, source="rows", reference=REFERENCE).events]


def test_a_caption_opened_by_a_towns_name_is_no_town() -> None:
    found = _rows("6:00 p.m. – Libertad compartida – en el Teatro Fernando Calderón de Zacatecas.")
    assert found == [("18:00 -0600", "Zacatecas, Mexico")]


def test_a_town_alone_after_the_dash_says_where() -> None:
    assert _rows("11:00 – Guadalajara") == [("11:00 -0600", "Guadalajara, Mexico")]


def test_a_town_before_and_online_says_where() -> None:
    assert _rows("11:00 – Guadalajara and online: forum on water") == [("11:00 -0600", "Guadalajara, Mexico")]

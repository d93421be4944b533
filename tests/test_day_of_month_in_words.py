"""A Spanish or Portuguese day of the month written as a word after its article, "del tres de diciembre", "até o
cinco de novembro" (issue #10, "Dates": electoral bodies and courts write the day as law does). Seen in
world-hundredfortyfirst (an electoral tribunal's "las elecciones judiciales del tres de diciembre" was not read); the
texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers.daywords import day_words
from tests.conftest import starts_of

_REFERENCE = dt.date(2026, 1, 10)


def _starts(text: str) -> list[str]:
    return starts_of(text, _REFERENCE)


def test_polling_day_in_words() -> None:
    text = ("Elecciones municipales\n\nSource: Órgano Electoral\n\nLunes, 2 de marzo de 2026\n\n"
            "El Órgano Electoral recordó que las elecciones municipales del veintidós de marzo se realizarán en "
            "todo el país.\n")
    assert _starts(text) == ["2026-03-22"]


def test_portuguese_and_a_year() -> None:
    (mention,) = day_words("A votação decorre no primeiro de maio de 2026.")
    assert mention.first is not None
    assert (mention.first.day, mention.first.month, mention.first.year) == (1, 5, 2026)


def test_a_name_without_its_article_is_no_day() -> None:
    assert day_words("en la avenida Veinticinco de Mayo, frente a la plaza") == []
    assert day_words("tres de diciembre") == []

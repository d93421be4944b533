"""A Spanish or Portuguese day heading may give its weekday after the date, in brackets ("15 de dezembro
(sexta-feira)", "12 de marzo (miércoles)"): the weekday picks the year where the text gives none. Texts in our own
words."""

from __future__ import annotations

import datetime as dt

from tests.conftest import listed


def _starts(text: str) -> list[str]:
    return listed(text, dt.date(2026, 12, 6))


def test_a_portuguese_weekday_after_the_date_picks_the_year() -> None:
    # (15 December is a Friday in 2023, a Tuesday in 2026)
    text = ("Agenda do Governador\n\nSource: Governo do Estado do Piauí\n\n15 de dezembro (sexta-feira)\n"
            "09h – Reunião com prefeitos, Palácio de Karnak\n15h – Inauguração de escola em Parnaíba\n")
    assert _starts(text) == ["2023-12-15 09:00", "2023-12-15 15:00"]


def test_a_spanish_weekday_after_the_date_picks_the_year() -> None:
    # (12 March is a Wednesday in 2025, a Thursday in 2026)
    text = ("Agenda de la Gobernadora\n\nSource: Gobierno de la Provincia de Neuquén\n\n12 de marzo (miércoles)\n"
            "10:00 – Reunión de gabinete, Casa de Gobierno\n")
    assert _starts(text) == ["2025-03-12 10:00"]

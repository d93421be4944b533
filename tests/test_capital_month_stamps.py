"""A page's stamp with the month written with a capital and no "de", "Miércoles, 04 Septiembre 2024 13:39" (issue #10,
"Dates": stamps): the day of the item, from which "este jueves" is counted, in Spanish and Portuguese as the English
grammar reads "Wednesday, 04 September 2024". Seen in world-hundredth (a regional president's agenda); the texts are
ours."""

from __future__ import annotations

import datetime as dt

from tests.conftest import listed

_REFERENCE = dt.date(2026, 1, 10)


def _starts(text: str) -> list[str]:
    return listed(text, _REFERENCE)


def test_spanish_stamp_dates_this_thursday() -> None:
    text = ("Agenda de la presidenta\n\nSource: Gobierno regional\n\nMartes, 03 Marzo 2020 18:05\n\n"
            "La presidenta inaugurará este jueves, a las 11:30 h, el nuevo puerto pesquero de Tazacorte.\n")
    assert _starts(text) == ["2020-03-05 11:30"]


def test_portuguese_stamp_dates_this_friday() -> None:
    text = ("Agenda do prefeito\n\nSource: Prefeitura\n\nQuarta-feira, 17 Junho 2015\n\n"
            "O prefeito visita nesta sexta-feira, às 10h, as obras da nova escola municipal.\n")
    assert _starts(text) == ["2015-06-19 10:00"]


def test_a_capital_month_with_no_year_is_no_date() -> None:
    text = ("Fiesta\n\nSource: Ayuntamiento\n\nEl 5 Mayo es el nombre de la plaza donde el alcalde hablará"
            " el 12 de junio de 2026 a las 12:00 horas.\n")
    assert _starts(text) == ["2026-06-12 12:00"]

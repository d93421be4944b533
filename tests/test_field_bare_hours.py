"""Two bare hours in a time field, "Horario: 10 a 11", "Hours: 9 - 12" (issue #10, "Times": a schedule's rows give
each stop its hours as two bare numbers under the field that says they are a clock). Seen in world-hundredfortyfirst
(a provincial ombudsman's tour, seven rows "Town / Horario: 10 a 11 / Lugar: ..." under "Lunes 23 de febrero" day
headings, were read as their days alone, or at the end's minutes only, "11 a 13.30" as 13:30); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers.fieldhours import field_hours
from tests.conftest import starts_of

_REFERENCE = dt.date(2026, 1, 10)


def _starts(text: str) -> list[str]:
    return starts_of(text, _REFERENCE)


def test_rows_of_bare_hours_under_day_headings() -> None:
    text = ("Oficina móvil en el valle\n\nSource: Defensoría del Pueblo de la Provincia de Mendoza\n\n"
            "12 de marzo de 2026\n\nLa oficina móvil atenderá vecinos en dos localidades.\n\nCronograma\n\n"
            "Martes 17 de marzo\n\nTunuyán\nHorario: 9 a 12\nLugar: Salón municipal\n\n"
            "Miércoles 18 de marzo\n\nTupungato\nHorario: 14 a 16.30\nLugar: Biblioteca popular\n")
    assert _starts(text) == ["2026-03-17 09:00", "2026-03-18 14:00"]


def test_the_range_and_its_end() -> None:
    (mention,) = field_hours("Horario: de 10 a 13.30 h")
    assert (mention.time, mention.until) == (dt.time(10), dt.time(13, 30))
    (mention,) = field_hours("Hours: 9 - 17")
    assert (mention.time, mention.until) == (dt.time(9), dt.time(17))


def test_no_half_of_the_day_no_clock() -> None:
    # two hours under 7 and noon: 2 to 4 in the night or the afternoon, the field does not say
    assert field_hours("Time: 2 to 4") == []


def test_only_in_a_time_field_and_alone_on_its_line() -> None:
    assert field_hours("Lugar: 10 a 11") == []
    assert field_hours("Horario: 10 a 11 personas por turno") == []
    assert field_hours("Se esperan de 10 a 11 delegaciones") == []

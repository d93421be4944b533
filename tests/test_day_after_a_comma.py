"""A day of the month after a comma, with no article before "día"/"dia": a programme's name and then its day, "Noche
de los Libros, día 20: ...", "a Feira do Livro, dia 9, ...", the month taken from the day in context (as "el día 14"
already is). Seen in world-hundredtwentyfifth (a national library's month: "Noche de los Libros, día 20: el Museo
... hasta las diez de la noche" and "Ese mismo día, a las diez y media de la noche" were put on the open day before
it). "el día 14 de cada mes" and a day with its month stay as they were. Texts in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from parsers.dates import find_mentions

SPANISH = """Actividades de mayo en el Archivo

Source: Archivo de Prueba

Publicado el 2 de mayo de 2024

El archivo abrirá sus salas el sábado 11 de mayo, desde las 10 horas.

Semana de la Ciencia, día 16: los talleres siguen abiertos hasta las ocho de la tarde. Ese mismo día, a las nueve
de la noche, habrá una observación del cielo en la terraza.
"""

PORTUGUESE = """Agenda de junho no Museu

Source: Museu de Teste

Publicado em 3 de junho de 2024

O museu recebe escolas na terça-feira, 4 de junho, às 9h.

Feira do Livro, dia 14, com sessão de autógrafos às 17h na sala grande.
"""


def _starts(text: str) -> list[dt.datetime]:
    events = extract(text, source="t", reference=dt.date(2024, 5, 1)).events
    return sorted(e.start for e in events if isinstance(e.start, dt.datetime))


def test_a_spanish_day_after_a_comma_takes_the_month_in_context() -> None:
    starts = _starts(SPANISH)
    assert any(s.date() == dt.date(2024, 5, 16) and s.hour == 21 for s in starts)
    assert not any(s.date() == dt.date(2024, 5, 11) and s.hour == 21 for s in starts)


def test_a_portuguese_day_after_a_comma() -> None:
    starts = _starts(PORTUGUESE)
    assert any(s.date() == dt.date(2024, 6, 14) and s.hour == 17 for s in starts)


def test_the_mention_is_a_day_of_the_month() -> None:
    text = "Abre el sábado 11 de mayo. Semana de la Ciencia, día 16: talleres."
    mentions = [m for m in find_mentions(text) if m.kind == "monthday"]
    assert [m.offset for m in mentions] == [16]


def test_a_day_of_every_month_or_with_its_month_is_not_this_form() -> None:
    assert not [m for m in find_mentions("Se reúne, día 14 de cada mes.") if m.kind == "monthday"]
    assert not [m for m in find_mentions("La feria, día 14 de mayo de 2024.") if m.kind == "monthday"]


def test_a_day_after_a_weekday_and_a_comma_is_left_to_the_weekday_forms() -> None:
    text = "Viaja a Lisboa na próxima quinta-feira, dia 7 deste mês."
    assert not [m for m in find_mentions(text) if m.kind == "monthday"]

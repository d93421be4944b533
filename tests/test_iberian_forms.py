"""Spanish and Portuguese dates and times (world-twelfth 2, 4, 13): the forms releases of Latin America write,
read into the same events as English ones. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers.dates import find_mentions

from .conftest import listed

TODAY_AT_FIVE = """El gabinete informa hoy

Source: Una presidencia del consejo de ministros

Martes, 14 de septiembre del 2027

La jefa del gabinete hablará hoy con la prensa sobre las medidas acordadas.

La conferencia quedó fijada para las 5 de la tarde en el salón principal de Palacio, Lima.
"""

WEEKDAY_AND_NUMBERS = """Coletiva sobre o concurso

Source: Um ministério

AVISO DE PAUTA

Nesta quarta-feira (16/9), às 10h30, a ministra apresenta em Brasília os editais do concurso nacional.
"""

DAY_AND_HOURS = """Charla en la universidad

Source: Una universidad

13-09-2027

La charla será este viernes 17 de septiembre a las 18:00 horas en el Aula Magna, Talca.
"""



WEEKDAY_AND_ITS_DAY = """Visita ao porto

Source: Um governo estadual

Recife, 16 de setembro de 2027

O governador visita o novo terminal do porto na quinta-feira (23), às 9h30, com a imprensa.
"""

WEEKDAY_AND_NUMBER = """Acto en la plaza

Source: Una municipalidad

Rosario, 2 de septiembre de 2027

El acto será el jueves 9 a las 18 en la plaza central.
"""

SPAN = """Foro regional de ciudades

Source: Una municipalidad

El foro de alcaldes se realiza del 10 al 12 de noviembre de 2027 en el centro de convenciones de Lima.
"""

FIRST_OF_THE_MONTH = """Marcha del día del trabajo

Source: Una central sindical

26 de abril de 2027

Las delegaciones marcharán el próximo 1ro. de mayo por la avenida central de La Paz.
"""


@pytest.mark.parametrize(("text", "expected", "why"), [
    (FIRST_OF_THE_MONTH, ["2027-05-01"], "'el próximo 1ro. de mayo': the first written as an ordinal"),
    (TODAY_AT_FIVE, ["2027-09-14 17:00"], "'hoy' under 'Martes, 14 de septiembre del 2027'; 'las 5 de la tarde'"),
    (WEEKDAY_AND_NUMBERS, ["2026-09-16 10:30"],
     "'Nesta quarta-feira (16/9), às 10h30': weekday, day and month (16 September is a Wednesday in 2026)"),
    (DAY_AND_HOURS, ["2027-09-17 18:00"], "'este viernes 17 de septiembre a las 18:00 horas'"),
    (SPAN, ["2027-11-10..2027-11-12"], "'del 10 al 12 de noviembre de 2027': one span of three days"),
    (WEEKDAY_AND_NUMBER, ["2027-09-09 18:00"],
     "'el jueves 9': the weekday and its day, no month; under a Thursday's dateline, the next Thursday"),
    (WEEKDAY_AND_ITS_DAY, ["2027-09-23 09:30"],
     "'na quinta-feira (23)': the weekday and its day in brackets; under a Thursday's dateline, the next Thursday"),
])  # fmt: skip
def test_spanish_and_portuguese_days_and_times(text: str, expected: list[str], why: str) -> None:
    assert listed(text) == expected, why


@pytest.mark.parametrize(("text", "kinds"), [
    ("a partir del 1 de enero de 2026", ["day"]),
    ("este lunes", ["weekday"]),
    ("de 19 de janeiro a 9 de fevereiro de 2028", ["span"]),
    ("desde el 28 de diciembre al 2 de enero", ["day", "day"]),  # over a new year: its two days
    ("por la mañana", []),  # the morning, not tomorrow
    ("ranked as 10.", []),  # English "as" before a number is no clock
    ("a las 5,", []),  # morning or afternoon: the text does not say
    ("Esta mañana, a las 9 horas", ["time"]),  # this morning, not tomorrow
    ("Hoy en día pocos", []),  # nowadays
    ("the ferry to Hoy runs", []),  # an island's name in English: a capital inside a sentence
    ("atiende de lunes a viernes", ["weekdays"]),  # a run of weekdays, not Friday
    ("de segunda a sexta-feira", ["weekdays"]),
    ("there is no Domingo on the card, 5 de mayo", ["day"]),  # a capital weekday after a small word: a name
    # A list row "28 mayo, 6.30pm" leaves out the "de" (world-twentyeighth 12), in a Spanish text...
    ("Los próximos libros: 26 de marzo; 28 mayo, 6.30pm", ["day", "day", "time"]),
    # ... but a month written with a capital and no "de" is a name ("Mayo Clinic", "3 Marco Polo").
    ("Lecturas de marzo: visit 3 Mayo Clinic sites", []),
])
def test_which_words_are_mentions(text: str, kinds: list[str]) -> None:
    assert [m.kind for m in find_mentions(text, "dmy")] == kinds


@pytest.mark.parametrize(("text", "start", "until"), [
    ("a las 12 de la noche", dt.time(0, 0), None),  # midnight, not noon
    ("a las 19 y 30 horas", dt.time(19, 30), None),  # the minutes after "y"
    ("a las 8 y media,", dt.time(8, 30), None),
    ("de las 8 a las 14 horas", dt.time(8, 0), dt.time(14, 0)),  # a range: its start, not its end
    ("das 8h às 17h", dt.time(8, 0), dt.time(17, 0)),
])
def test_clock_forms_with_their_minutes_and_ends(text: str, start: dt.time, until: dt.time | None) -> None:
    times = [m for m in find_mentions(text, "dmy") if m.kind == "time"]
    assert [(m.time, m.until) for m in times] == [(start, until)]


PAST_WEEKDAY = """{title}

Source: Un ministerio

Miércoles, 10 de marzo de 2027

{body}
"""


@pytest.mark.parametrize("body", [
    "El lunes, la ministra inauguró la nueva escuela de Arequipa y recorrió sus aulas.",
    "Na segunda-feira, o governador visitou as obras do novo hospital em Belém.",
])
def test_a_weekday_told_in_the_past_is_no_event_to_come(body: str) -> None:
    # "El lunes ... inauguró" in a text of Wednesday: the Monday gone, not the next one
    assert listed(PAST_WEEKDAY.format(title="Visita", body=body)) == []

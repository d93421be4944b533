"""Rows of a weekday and its day of the month under a line that names only the month, as calendars list them
("MARCH" over "Tue 2 – Regular Council Meeting, 7:00 pm"; "Marzo" over "- Jueves 11 al sábado 13: ..."): each row is
that day of that month, its weekday choosing the year. The grammar read no day in "Tue 2", so these rows were lost
(world-fiftythird 6, an admissions calendar, and a council's year planner left from last session). Rows that only
make something known, as Spanish and Portuguese say it ("se publican los resultados"), stay no events. Items in our
own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from parsers.blocks import split_blocks
from parsers.dates import find_mentions
from parsers.deadlines import window_row
from parsers.monthrows import month_rows

COUNCIL = """Council meeting planner

Source: Ashbury Borough Council

The council meets in the Borough Hall, 12 Elm Street, Ashbury, NJ.

MARCH
Tue 2 – Regular Council Meeting, 7:00 pm
Tue 16 – Work Session, 6:30 pm

APRIL 2027
Tue 6 – Regular Council Meeting, 7:00 pm
"""

FAIR = """Semana de la ciencia 2027

Source: Universidad del Litoral Norte

Marzo
- Jueves 11 al sábado 13: feria de proyectos en el patio central.
- Lunes 15: se publican las listas de seleccionados para la beca.
- Martes 16: conferencia inaugural en el Aula Magna.
"""


def _events(text: str, reference: dt.date) -> list[tuple[str, str, str]]:
    found = extract(text, source="x", reference=reference).events
    return [(e.start.isoformat(), e.end.isoformat(), e.summary) for e in found]


def test_a_councils_rows_under_its_month_lines() -> None:
    found = _events(COUNCIL, dt.date(2027, 1, 10))
    assert [(start, summary) for start, _, summary in found] == [
        ("2027-03-02T19:00:00-05:00", "Regular Council Meeting"),
        ("2027-03-16T18:30:00-04:00", "Meeting: Work Session"),
        ("2027-04-06T19:00:00-04:00", "Regular Council Meeting"),
    ]


def test_the_weekday_of_a_row_chooses_the_year() -> None:
    # Tuesday 2 March is of 2027 (and 2021), not of 2026, the reference's year, when it was a Monday.
    found = _events(COUNCIL.replace("APRIL 2027", "APRIL"), dt.date(2026, 12, 1))
    assert found[0][0] == "2027-03-02T19:00:00-05:00"


def test_spanish_rows_a_span_and_a_day_and_a_list_made_known() -> None:
    found = _events(FAIR, dt.date(2027, 1, 10))
    assert [(start, end) for start, end, _ in found] == [("2027-03-11", "2027-03-14"), ("2027-03-16", "2027-03-17")]


def test_the_text_of_the_row_is_left_as_written() -> None:
    blocks = split_blocks("MARCH\nTue 2 – Regular Council Meeting, 7:00 pm")
    mentions = {b.number: find_mentions(b.text) for b in blocks}
    [day, clock] = month_rows(blocks, mentions)[blocks[1].number]
    assert (day.text, day.first.month, day.first.day, day.first.weekday, clock.kind) == ("Tue 2", 3, 2, 1, "time")
    assert blocks[1].text == "Tue 2 – Regular Council Meeting, 7:00 pm"


def test_a_day_the_month_lacks_and_a_line_with_its_own_month_are_not_read_so() -> None:
    blocks = split_blocks("APRIL\nMon 31 – Nothing\nThe 4 May session is on\nWed 5 – Not a day of April")
    mentions = {b.number: find_mentions(b.text) for b in blocks}
    out = month_rows(blocks, mentions)
    assert [m.text for b in blocks for m in out[b.number] if m.kind == "day"] == ["4 May"]


def test_results_or_lists_made_known_are_no_events_in_other_languages() -> None:
    for words in ("se publican los resultados de la prueba", "Publicação da lista de aprovados",
                  "publication des résultats", "Bekanntgabe der Gewinner"):
        assert window_row(words), words
    assert not window_row("se publica el libro del centenario en un acto en el teatro")
    # (review) a row that goes on to the ceremony where they are made known is the ceremony's
    assert not window_row("se anuncian los ganadores en la ceremonia de clausura, a las 19:00 horas, en el teatro.")


def test_two_days_joined_by_and_are_two_days_not_the_days_between() -> None:
    # (review) "Tue 2 and Thu 4" was read as 2 to 4 March, Wednesday too; the grammar reads the full form as two days.
    blocks = split_blocks("MARCH\nTue 2 and Thu 4 – Open swim week\nTue 9 to Thu 11 – Swim camp")
    mentions = {b.number: find_mentions(b.text) for b in blocks}
    out = month_rows(blocks, mentions)
    assert [(m.kind, m.text) for m in out[blocks[1].number]] == [("day", "Tue 2"), ("day", "Thu 4")]
    assert [(m.kind, m.first.day, m.last.day) for m in out[blocks[2].number]] == [("span", 9, 11)]

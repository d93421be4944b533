"""A weekday and its day of the month, the month left to the line before: "Thursday 15, from 9.30 to 13:00: debate",
"Giovedì 15, dalle 9.30", "Jeudi 15, de 9h30", "Jueves 15, a las 9.30 horas", "Quinta-feira 15, às 9h30", as a
parliament's or a minister's week lists its days. The day is that weekday which is that day of the month, near the
item's date; only before a comma, a colon or the clock's own word, so a clock ("Tuesday 10:30") stays one. Items in
our own words."""

from __future__ import annotations

import pytest

from parsers.dates import find_mentions

from .conftest import listed

WEEK = """{title}

Source: A chamber's press office

{stamp}

{first}
{second}
"""


@pytest.mark.parametrize(("title", "stamp", "first", "second"), [
    ("Week ahead", "Dublin, Friday 7 March 2031", "Wednesday 12 March at 15:00: questions to the minister.",
     "Thursday 13, from 9.30 to 13:00: debate on the budget bill."),
    ("Week ahead", "Dublin, Friday 7 March 2031", "Wednesday 12 March at 15:00: questions to the minister.",
     "Thursday 13: debate on the budget bill at 9.30."),
    ("Programma della settimana", "Roma, venerdì 7 marzo 2031", "Mercoledì 12 marzo alle 15: interrogazioni.",
     "Giovedì 13, dalle 9.30 alle 13: esame del bilancio."),
    ("Semaine parlementaire", "Paris, le vendredi 7 mars 2031", "Mercredi 12 mars à 15h : questions au gouvernement.",
     "Jeudi 13, de 9h30 à 13h : examen du budget."),
    ("Semana parlamentaria", "Madrid, 7 de marzo de 2031", "Miércoles 12 de marzo a las 15 horas: preguntas.",
     "Jueves 13, a las 9.30 horas: debate del presupuesto."),
    ("Semana parlamentar", "Lisboa, 7 de março de 2031", "Quarta-feira, 12 de março, às 15h: perguntas.",
     "Quinta-feira 13, às 9h30: debate do orçamento."),
])
def test_the_next_row_gives_only_weekday_and_day(title: str, stamp: str, first: str, second: str) -> None:
    text = WEEK.format(title=title, stamp=stamp, first=first, second=second)
    assert listed(text) == ["2031-03-12 15:00", "2031-03-13 09:30"]


def test_a_clock_after_a_weekday_stays_a_clock() -> None:
    """'Thursday 10:30': the weekday's time, not a 10th."""
    text = WEEK.format(title="Week ahead", stamp="Dublin, Friday 7 March 2031",
                       first="Wednesday 12 March at 15:00: questions to the minister.",
                       second="Thursday 10:30: debate on the budget bill.")
    assert listed(text) == ["2031-03-12 15:00", "2031-03-13 10:30"]


def test_a_day_that_is_not_that_weekday_is_not_taken_for_one() -> None:
    """'Thursday 14' where no Thursday near the item is a 14th: no 14th is made up. (The weekday is then read as the
    next Thursday after the day in context, as a weekday alone is; a text whose weekday and day disagree is wrong
    either way.)"""
    text = WEEK.format(title="Week ahead", stamp="Dublin, Friday 7 March 2031",
                       first="Wednesday 12 March at 15:00: questions to the minister.",
                       second="Thursday 14, from 9.30 to 13:00: debate on the budget bill.")
    assert "2031-03-14 09:30" not in listed(text)


def test_a_list_of_weekdays_whose_month_comes_last_is_not_cut() -> None:
    """'Friday 14, Saturday 15 and Sunday 16 March': days of one list, none a weekday of its own before its comma."""
    line = "The gallery opens its doors to the public on Friday 14, Saturday 15 and Sunday 16 March."
    text = WEEK.format(title="Week ahead", stamp="Dublin, Friday 7 March 2031",
                       first="Wednesday 12 March at 15:00: questions to the minister.", second=line)
    assert listed(text) == ["2031-03-12 15:00", "2031-03-14..2031-03-16"]


@pytest.mark.parametrize("line", [
    "La galleria del museo apre venerdì 14, sabato 15 e domenica 16 marzo.",
    "La galerie ouvre vendredi 14, samedi 15 et dimanche 16 mars.",
    "Abierto: viernes 14, sábado 15 y domingo 16 de marzo.",
])
def test_no_weekday_of_its_own_before_a_list_in_other_languages(line: str) -> None:
    assert not [m for m in find_mentions(line) if m.kind == "weekday" and m.offset == 14]

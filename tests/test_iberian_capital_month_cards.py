"""An events list's card sets a Spanish or Portuguese month with a capital and no "de" before it, the year right after
("15 Octubre 2031", "16 Octubre 2031"), as a town hall's "Próximos eventos" widget does: the day was not read at all,
and the cards gave no events. A capital month with no "de" is read only with the day before it and the year after it.
(Left by the p46 page set's town-hall home page; texts of our own.)"""

from __future__ import annotations

import pytest

from parsers.dates import find_mentions
from tests.test_notevents import events_of, when


def _days(text: str) -> list[tuple[int, int, int | None]]:
    return [(m.first.day, m.first.month, m.first.year) for m in find_mentions(text)
            if m.kind == "day" and m.first is not None]


@pytest.mark.parametrize(("text", "day"), [
    ("Agenda de octubre. Próximos eventos: 16 Octubre 2031, teatro en la Casa de Cultura.", (16, 10, 2031)),
    ("Programa de marzo. 7 Marzo 2031 | Biblioteca municipal: cuentacuentos.", (7, 3, 2031)),
    ("Agenda de outubro. 9 Outubro 2031: feira do livro na praça.", (9, 10, 2031)),
])
def test_the_capital_month_with_its_year(text: str, day: tuple[int, int, int]) -> None:
    assert day in _days(text)


@pytest.mark.parametrize("text", [
    # a capital month without the year after it is a name or a heading, not read this way
    "Agenda de octubre. El equipo 5 Mayo ganó la liga.",
    "Agenda de octubre. Visita a la Clínica Mayo el próximo año.",
])
def test_no_capital_month_without_its_year(text: str) -> None:
    assert [d for d in _days(text) if d[1] == 5] == []


def test_the_cards_of_an_events_list_give_their_days() -> None:
    body = ("Madrid, 2 de octubre de 2031. La agenda municipal de octubre ya está abierta.\n\nPRÓXIMOS EVENTOS\n\n"
            "16 Octubre 2031 | Teatro Municipal\n\nRepresentación de la obra «La tormenta» por la compañía local.\n\n"
            "23 Octubre 2031 | Auditorio\n\nConcierto de la banda municipal de música.\n")
    assert when(events_of(body, zone="Europe/Madrid")) == ["2031-10-16", "2031-10-23"]


@pytest.mark.parametrize("stamp", ["Martes, 28 Septiembre 2031 11:18", "Viernes 3 Octubre 2031"])
def test_a_weekday_and_capital_month_over_a_story_is_its_stamp(stamp: str) -> None:
    # (a news page's stamp over its story dates the story, as world-hundredth's rule reads it; no event of its own)
    body = f"{stamp}\n\nEl alcalde inauguró ayer la nueva biblioteca municipal.\n"
    assert when(events_of(body, zone="Europe/Madrid")) == []

"""A day of the month alone takes its month from the day in context: "On the 14th the mayors of ... appear" after
"from 12 May", and in Spanish and Portuguese "el día 14", "o dia 16". Seen in world-sixtyfifth (a city congress's
hearings "el día 14", "El día 16", "el día 19" after "el próximo 12 de mayo" were not read). The 14th is the next one
on or after the later of the publication day and the day in context; "the 14th floor", "el día 14 de cada mes" are no
days. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.dates import find_mentions

ENGLISH = """Hearings of the district mayors

Source: Test City Council

Published: {published}

The joint committees will hear the district mayors from 12 May 2025, when the mayors of Northside and Westfield
appear. On the 14th the mayors of Eastgate and Riverton attend. The hearings end on 21 May with the mayor of Oldtown.
"""

SPANISH = """Calendario de comparecencias

Source: Congreso de Prueba

Publicado: 28 de abril de 2025

Las comisiones recibirán a los alcaldes a partir del próximo 12 de mayo, cuando comparecerán los de Tlalpan y
Coyoacán. {second}
"""


def _days(text: str) -> list[str]:
    return sorted(str(e.start)[:10] for e in extract(text, source="t", reference=dt.date(2025, 4, 1)).events)


@pytest.mark.parametrize("published", ["28 April 2025", "1 April 2025"])
def test_an_ordinal_day_before_the_clauses_subject_is_a_day_of_the_month_in_context(published: str) -> None:
    assert _days(ENGLISH.format(published=published)) == ["2025-05-12", "2025-05-14", "2025-05-21"]


@pytest.mark.parametrize("text", ["The delegates meet on the 14th floor of the tower.",
                                  "The office closes on the 2nd day of the fair."])
def test_an_ordinal_that_counts_a_noun_is_no_day(text: str) -> None:
    assert not [m for m in find_mentions(text, "") if m.kind == "monthday"]


@pytest.mark.parametrize(("second", "days"), [
    ("El día 14 acudirán los de Iztacalco y Tláhuac.", ["2025-05-12", "2025-05-14"]),
    ("El día 14 acudirán los de Iztacalco, y el día 16 los de Tláhuac.", ["2025-05-12", "2025-05-14", "2025-05-16"]),
    ("No dia 14 comparecem os de Iztacalco.", ["2025-05-12", "2025-05-14"]),
    ("El día 19 de mayo acudirán los de Iztacalco.", ["2025-05-12", "2025-05-19"]),
])
def test_el_dia_alone_takes_the_month_in_context(second: str, days: list[str]) -> None:
    assert _days(SPANISH.format(second=second)) == days


def test_a_day_alone_after_a_span_of_its_sentence_is_in_the_spans_month() -> None:
    text = ("Viagem a Pequim\n\nSource: Gabinete de Teste\n\nPublicado em 1 de fevereiro de 2017\n\nEntre os dias 13 e "
            "16 de Março, o Chefe do Executivo estará em Pequim, onde assiste à sessão de abertura, marcada para o dia "
            "15.\n")
    assert _days(text) == ["2017-03-13", "2017-03-15"]


@pytest.mark.parametrize("text", ["El pago se hace el día 14 de cada mes, según el acuerdo del 3 de marzo.",
                                  "La cita es el día 14/5 a las 10 horas, según el acuerdo del 3 de marzo."])
def test_a_day_of_every_month_or_with_its_month_in_figures_is_not_alone(text: str) -> None:
    assert not [m for m in find_mentions(text, "") if m.kind == "monthday"]

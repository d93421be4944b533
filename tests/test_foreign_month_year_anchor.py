"""A month named with its year in another language dates an item's year-less days as "March 2017" does: "Março de
2017", "marzo de 2017", "März 2017", "marzo 2017", "mars 2017". Seen in world-sixtyfifth (a government bureau's note
stamped "Março de 2017" put its chief's trip "Entre os dias 3 e 6 de Março" in the reference date's year). "Mars 2020"
is a planet's mission, not March. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.yearclues import month_anchor

REFERENCE = dt.date(2026, 12, 5)


@pytest.mark.parametrize(("stamp", "body"), [
    ("Março de 2017", "Entre os dias 3 e 6 de Março, o Chefe do Executivo estará em Pequim para a sessão anual."),
    ("marzo de 2017", "Del 3 al 6 de marzo el gobernador estará en Pekín para la sesión anual de la asamblea."),
    ("März 2017", "Vom 3. bis 6. März reist der Minister nach Peking zur Jahrestagung der Versammlung."),
])
def test_a_month_and_year_stamp_in_another_language_dates_the_item(stamp: str, body: str) -> None:
    text = f"Viagem a Pequim\n\nSource: Gabinete de Teste\n\n{stamp}\n\n{body}\n"
    events = extract(text, source="t", reference=REFERENCE).events
    assert [str(e.start) for e in events] == ["2017-03-03"]


@pytest.mark.parametrize(("text", "anchor"), [
    ("Publicado em março de 2017", dt.date(2017, 3, 15)),
    ("Comunicato, marzo 2017", dt.date(2017, 3, 15)),
    ("Communiqué de mars 2017", dt.date(2017, 3, 15)),
    ("Issued in February 2015; revised Março de 2017", dt.date(2015, 2, 15)),
    ("The Mars 2020 rover lands in the crater", None),
    ("Umarzo 2017", None),
])
def test_the_first_month_and_year_named(text: str, anchor: dt.date | None) -> None:
    assert month_anchor(text) == anchor

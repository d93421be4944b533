"""The programme, parade or acts "of" an observance's date are held on it: "presentó el programa del 25 de Mayo, Día
de la Revolución, con un tedeum a las 10.00" puts the tedeum on 25 May, though the sentence gave the day of the
presentation before. Only a date evoked ("una sesión que evoca el ...") names the observance alone. Texts in our own
words (reviewer, session 48)."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract


@pytest.mark.parametrize(("source", "body", "day"), [
    ("Municipalidad de Córdoba", "Hoy, 20 de mayo de 2031, la Municipalidad presentó el programa del 25 de Mayo, Día"
     " de la Revolución, con un tedeum a las 10.00 en la Catedral.", "2031-05-25 10:00"),
    ("Câmara Municipal da Praia", "No dia 2 de maio de 2031 a Câmara apresentou o programa do 5 de Maio, Dia da"
     " Cidade, com uma sessão solene às 10h00 nos Paços do Concelho.", "2031-05-05 10:00"),
])
def test_the_programme_of_the_date_is_on_it(source: str, body: str, day: str) -> None:
    text = f"Programa\n\nSource: {source}\n\n{body}\n"
    starts = [f"{e.start:%Y-%m-%d %H:%M}" for e in extract(text, source="t", reference=dt.date(2031, 5, 19)).events]
    assert day in starts

"""A clause after a semicolon with a day of its own ("...; por isso o Conselho antecipa a reunião para amanhã") is an
event on that day, not on the first clause's day ("viaja para Lisboa na próxima quinta-feira, dia 7"), and the day in
context moves to it: a time told in the next sentence ("Por volta das 17h30, ...") is of that day. And Portuguese
"na próxima terça-feira" (next Tuesday) is read as a weekday. Seen in world-hundredfifteenth (a notice of Madeira's
regional government). The texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2031, 3, 20)


def _events(body: str) -> list[str]:
    text = f"Conselho\n\nSource: Governo Regional\n\n11 de março de 2031\n\n{body}\n"
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" if isinstance(e.start, dt.datetime) else f"{e.start:%Y-%m-%d}"
                  for e in extract(text, source="test", reference=_REFERENCE).events)


def test_next_weekday_in_portuguese() -> None:
    # (11 March 2031 is a Tuesday: "na próxima terça-feira" is the 18th)
    assert _events("O Conselho reúne-se na próxima terça-feira às 10h no Funchal.") == ["2031-03-18 10:00"]


def test_the_time_after_a_later_clause_is_of_its_day() -> None:
    body = ("A presidente parte para Bruxelas a 14 de março; por isso a Comissão adia a sessão para "
            "amanhã, quarta-feira. No Palácio, por volta das 16h00, serão apresentados os resultados.")
    assert "2031-03-12 16:00" in _events(body)
    assert not any(e.startswith("2031-03-14 16") for e in _events(body))

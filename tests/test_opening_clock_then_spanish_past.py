"""A paragraph that opens with a clock and its weekday, then tells in a Spanish or Portuguese preterite what was done:
"A las 7 de la mañana de este lunes, el sindicato resolvió una paralización".

A Uruguayan daily's story (elpais.com.uy: a port dispute) opens a paragraph so. A line opening with a time is read as
a list line unless it tells history, and the test of history knew only English verbs ("At 3 p.m. on Tuesday, the
council voted"): the strike decided on Monday became an event at 7:00 on the stamp's day. A preterite after the
opening moment now tells history in Spanish and Portuguese too. The texts are our own.
"""

from __future__ import annotations

import datetime as dt

import parsers

_HEAD = "Conflicto en el transporte\n\nMiércoles 11 de mayo de 2022\n\n"


def _starts(text: str) -> list[dt.date | dt.datetime]:
    return [e.start for e in parsers.extract(_HEAD + text, source="x", reference=dt.date(2022, 5, 11)).events]


def test_a_strike_decided_at_seven_on_monday_is_history() -> None:
    assert _starts("A las 7 de la mañana de este lunes, el gremio resolvió un paro de buses.\n") == []


def test_a_portuguese_meeting_held_at_ten_on_monday_is_history() -> None:
    text = ("Conflito nos transportes\n\nQuarta-feira, 11 de maio de 2022\n\n"
            "Às 10h desta segunda-feira, o sindicato aprovou uma greve dos motoristas.\n")
    assert [e.start for e in parsers.extract(text, source="x", reference=dt.date(2022, 5, 11)).events] == []



def test_an_opening_clock_then_a_plan_stays() -> None:
    # a sentence told as to come keeps its event: 10:00 in Montevideo (UTC-3) on the stamp's day
    [start] = _starts("A las 10 horas, el gremio realizará una asamblea en su sede de Montevideo.\n")
    assert start == dt.datetime(2022, 5, 11, 13, tzinfo=dt.UTC)

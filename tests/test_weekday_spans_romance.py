"""Italian and Spanish spans whose days are named with their weekdays: "da martedì 19 a venerdì 22 aprile", "del
martes 18 al viernes 21 de marzo". world-fiftyfourth item 13 (a union's congress in Italian) showed it: the span was
not read, so the congress had no days and "Martedì 19 i lavori si apriranno alle 14:30" took the last day read,
the 22nd. The bare-number spans ("dal 12 al 14 novembre", "del 12 al 14 de noviembre") were read already. Each
text is our own, in the form the rule reads."""

from __future__ import annotations

import datetime as dt

import pytest

from model import Event
from parsers import extract

REFERENCE = dt.date(2031, 2, 3)


def events_of(body: str) -> list[Event]:
    return extract(f"Avviso\n\nSource: Ufficio stampa\n\nPublished 3 Feb 2031\n\n{body}\n", source="t",
                   reference=REFERENCE, default_zone="Europe/Rome").events


def days(events: list[Event]) -> list[str]:
    return sorted(f"{e.start}..{e.end - dt.timedelta(days=1)}" for e in events if not isinstance(e.start, dt.datetime))


def clocks(events: list[Event]) -> list[str]:
    return sorted(e.start.strftime("%Y-%m-%d %H:%M") for e in events if isinstance(e.start, dt.datetime))


SPANS = [
    # (body, expected days, why)
    ("Il congresso si terrà da martedì 18 a venerdì 21 marzo 2031 a Rimini.", ["2031-03-18..2031-03-21"],
     "Italian, weekdays before both days, the year after the month"),
    ("Il vertice si terrà da lunedì 9 a mercoledì 11 giugno a Torino.", ["2031-06-09..2031-06-11"],
     "Italian, no year: the weekdays fit 2031"),
    ("La cumbre tendrá lugar del lunes 9 al miércoles 11 de junio en Quito.", ["2031-06-09..2031-06-11"],
     "Spanish 'del lunes 9 al miércoles 11 de junio'"),
    ("El foro se celebrará del martes 18 al viernes 21 de marzo de 2031 en Sevilla.", ["2031-03-18..2031-03-21"],
     "Spanish, with the year"),
]


@pytest.mark.parametrize(("body", "expected", "why"), SPANS, ids=[row[2] for row in SPANS])
def test_a_span_of_named_weekdays_is_read(body: str, expected: list[str], why: str) -> None:
    assert days(events_of(body)) == expected, why


def test_a_bare_weekday_after_the_span_is_its_first_day() -> None:
    body = ("Il congresso si terrà da martedì 18 a venerdì 21 marzo 2031 a Rimini. "
            "Martedì 18 i lavori si apriranno alle 14:30.")
    assert clocks(events_of(body)) == ["2031-03-18 14:30"]


def test_bare_number_spans_are_still_read() -> None:
    assert days(events_of("La fiera si svolge dal 12 al 14 novembre 2031 a Verona.")) == ["2031-11-12..2031-11-14"]

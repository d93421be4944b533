"""A time told only as what may be done instead ("unless members agree to meet at 9 a.m. instead", "salvo que la
Mesa acuerde adelantarla a las 9:00") is no event; the main clause's time is, and so is a time after "Unless
otherwise noted,"."""

from __future__ import annotations

import datetime as dt

import pytest

from model import Article
from parsers import extract_articles

_ENGLISH = ("The council will sit on Saturday, 15 March 2031 at 10 a.m., unless members agree to meet at 9 a.m. "
            "instead.")
_SPANISH = ("La sesión del sábado 15 de marzo de 2031 empezará a las 10:00 horas, salvo que la Mesa acuerde "
            "adelantarla a las 9:00 horas.")


@pytest.mark.parametrize(("body", "zone"), [(_ENGLISH, "Pacific/Auckland"), (_SPANISH, "America/Lima")])
def test_the_time_of_a_condition_is_no_event(body: str, zone: str) -> None:
    article = Article(source="t", title="Saturday sitting", body=body, url="", published=None, org="Council")
    events = extract_articles([article], reference=dt.date(2031, 3, 10), default_zone=zone).events
    assert [e.start.hour for e in events if isinstance(e.start, dt.datetime)] == [10]


def test_unless_otherwise_noted_keeps_the_time_after_it() -> None:
    body = "Unless otherwise noted, the hearing on Saturday, 15 March 2031 begins at 9 a.m. in Room 2."
    article = Article(source="t", title="Hearing", body=body, url="", published=None, org="Council")
    events = extract_articles([article], reference=dt.date(2031, 3, 10), default_zone="Pacific/Auckland").events
    assert [e.start.hour for e in events if isinstance(e.start, dt.datetime)] == [9]

"""A title whose only day is a weekday ("Orçamento chega ao Parlamento na quinta-feira", "Budget reaches the House
on Thursday") over rows that give only a clock ("pelas 12h00", "at 13:15"): the rows are of that weekday's next date
from the item's stamp, not of the stamp's own day; the note says so. A title naming the stamp's own weekday leaves
them (world-hundredfortyfifth 12: Lisbon's budget delivery, "quinta-feira" under a Wednesday's stamp). Items in our
own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = """{title}

Source: Example Ministry

{stamp}

{body}
"""

PORTUGUESE = """A ministra entrega o documento no Parlamento pelas 11h30.

Às 15h00 há conferência de imprensa no ministério."""

ENGLISH = """The minister hands the bill to the Speaker at 11:30.

A press conference follows at 15:00 at the ministry."""


def _events(title: str, stamp: str, body: str, zone: str) -> list:
    return sorted(extract(ITEM.format(title=title, stamp=stamp, body=body), source="x",
                          reference=dt.date(2031, 1, 1), default_zone=zone).events, key=lambda e: e.start)


def test_a_portuguese_title_weekday_dates_the_rows() -> None:
    events = _events("Proposta de lei chega ao Parlamento na sexta-feira", "Publicado a 3 de junho de 2031",
                     PORTUGUESE, "Europe/Lisbon")
    assert [e.start.isoformat() for e in events] == ["2031-06-06T11:30:00+01:00", "2031-06-06T15:00:00+01:00"]
    assert all("Friday" in " ".join(e.notes) for e in events)


def test_an_english_title_weekday_dates_the_rows() -> None:
    events = _events("Budget reaches the House on Thursday", "Published 2 June 2031", ENGLISH, "Europe/London")
    assert [e.start.isoformat() for e in events] == ["2031-06-05T11:30:00+01:00", "2031-06-05T15:00:00+01:00"]


def test_the_stamps_own_weekday_leaves_the_rows() -> None:
    events = _events("Budget reaches the House on Monday", "Published 2 June 2031", ENGLISH, "Europe/London")
    assert [e.start.isoformat() for e in events] == ["2031-06-02T11:30:00+01:00", "2031-06-02T15:00:00+01:00"]


def test_a_row_with_its_own_day_keeps_it() -> None:
    body = "The minister hands the bill to the Speaker at 11:30.\n\nOn 10 June at 15:00 a debate follows."
    events = _events("Budget reaches the House on Thursday", "Published 2 June 2031", body, "Europe/London")
    assert [e.start.isoformat() for e in events] == ["2031-06-05T11:30:00+01:00", "2031-06-10T15:00:00+01:00"]

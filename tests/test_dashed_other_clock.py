"""A time restated on a named land's or town's clock in dashes or a bracket right after it ("a las 9 hora local -10
de la Argentina-", "A las 9.20 -10.20 de la Argentina-", "at 9:00 (10:00 in Buenos Aires)"): the named clock gives
the moment, whatever place the item names or its sender sits in; the dashes are no range (world-thirtysixth 10: a
summit's programme read on the sender's clock, and "9.20 -10.20" as a range). "a las 9 hora local" is read as a
time. A range with no town after it stays a range. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Programme of the summit

Source: Regional Bloc

Published: 1 March 2031

{body}
"""

# (body, expected UTC starts, why)
CASES = [
    ("El lunes 3 de marzo, a las 9 hora local -10 de la Argentina-, se abre la reunión.", ["2031-03-03 13:00"],
     "'hora local' and a land's clock in dashes"),
    ("El lunes 3 de marzo, a las 9.20 -10.20 de la Argentina- hablan los ministros.", ["2031-03-03 13:20"],
     "minutes, and no range"),
    ("On Monday 3 March the ministers meet at 9:00 (10:00 in Buenos Aires).", ["2031-03-03 13:00"],
     "a bracket naming a town"),
    ("El lunes 3 de marzo, a las 9 hora local en Lima, se abre la reunión.", ["2031-03-03 14:00"],
     "'hora local' alone: the place's clock"),
]


@pytest.mark.parametrize(("body", "expected", "why"), CASES)
def test_the_named_clock_gives_the_moment(body: str, expected: list[str], why: str) -> None:
    events = extract(ITEM.format(body=body), source="bloc", reference=dt.date(2031, 3, 1),
                     default_zone="Europe/Brussels").events
    starts = [e.start.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M") for e in events if not e.all_day]
    assert starts == expected, why


def test_a_range_names_no_town() -> None:
    body = "El lunes 3 de marzo, de 9.20 -10.20 en la sala grande de Lima, hablan los ministros."
    events = [e for e in extract(ITEM.format(body=body), source="bloc", reference=dt.date(2031, 3, 1),
                                 default_zone="Europe/Brussels").events if not e.all_day]
    assert [(e.start.strftime("%H:%M"), e.end.strftime("%H:%M")) for e in events] == [("09:20", "10:20")]

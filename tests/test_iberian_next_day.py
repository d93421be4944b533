"""Spanish and Portuguese days counted from the day in context: "Al día siguiente", "el día siguiente", "al otro
día", "no dia seguinte" (the day after), "el día anterior", "o dia anterior" (the day before), as English reads "the
next day" (world-thirtysixth 10: the ministers' meetings of the day after a named Monday were not read). Not "cada
día", nor "día" alone. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.dates import find_mentions

ITEM = """Agenda de la semana

Source: Bloque Regional

Published: 1 March 2031

{body}
"""


@pytest.mark.parametrize(("text", "offset"), [
    ("El lunes 3 de marzo se abre la feria. Al día siguiente se reúnen los ministros.", 1),
    ("El lunes 3 de marzo se abre la feria; al otro día llegan los ministros.", 1),
    ("El lunes 3 de marzo se abre la feria; el día anterior llegan los ministros.", -1),
    ("Na segunda-feira, 3 de março, abre a feira. No dia seguinte reúnem-se os ministros.", 1),
])
def test_a_day_counted_from_another(text: str, offset: int) -> None:
    assert [m.offset for m in find_mentions(text, "") if m.kind == "relative"] == [offset]


@pytest.mark.parametrize("text", ["Cada día del 3 de marzo al 7 de marzo se abre la feria.",
                                  "El 3 de marzo es el día de la feria."])
def test_no_day_counted(text: str) -> None:
    assert not [m for m in find_mentions(text, "") if m.kind == "relative"]


def test_the_meeting_of_the_next_day() -> None:
    body = ("La semana empieza el lunes 3 de marzo con la reunión de la Comisión de Comercio. Al día siguiente se "
            "reúnen los ministros de Economía.")
    events = extract(ITEM.format(body=body), source="bloc", reference=dt.date(2031, 3, 1), default_zone="UTC").events
    assert sorted(e.start.isoformat() for e in events) == ["2031-03-03", "2031-03-04"]

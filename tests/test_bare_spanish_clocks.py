"""A Spanish clock in figures with the part of the day after it and no "a las" before it (issue #10, "any
organisation"): a programme's line "Lunes 3 de junio, 9 de la mañana: abre el congreso" gives the day, then after
its comma the hour, which "de la mañana" (or "de la tarde", "de la noche") makes a clock. A range of two such hours
after "de" ("de 7 de la mañana a 7 de la noche") is opening hours, left as it was. Seen in world-eightieth (an
institute's agenda of a ministers' meeting: its opening day was read with no clock); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.dates import find_mentions


@pytest.mark.parametrize(("text", "clock"), [
    ("Lunes 3 de junio, 9 de la mañana: abre el congreso en el auditorio.", dt.time(9, 0)),
    ("La gira sigue el viernes 14 de junio, 4:30 de la tarde, en la plaza mayor.", dt.time(16, 30)),
    ("Sábado 22 de junio, 8 de la noche: concierto de clausura.", dt.time(20, 0)),
])
def test_a_bare_clock_after_the_day(text: str, clock: dt.time) -> None:
    assert [m.time for m in find_mentions(text) if m.kind == "time"] == [clock]


def test_opening_hours_of_two_bare_clocks_are_no_clock() -> None:
    text = "Las oficinas atenderán de 7 de la mañana a 7 de la noche durante la campaña."
    assert [m for m in find_mentions(text) if m.kind == "time"] == []


def test_the_programme_line_is_timed() -> None:
    text = ("Agenda del congreso regional\n\nSource: Instituto Regional\n\n2 de junio de 2026\n\n"
            "Lunes 3 de junio, 9 de la mañana: abre el congreso en la sede del Instituto en Quito.\n")
    starts = [e.start for e in extract(text, source="test", reference=dt.date(2026, 6, 2)).events]
    assert any(isinstance(s, dt.datetime) and (s.day, s.hour) == (3, 9) for s in starts)

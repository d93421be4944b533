"""A Spanish or Portuguese range of two clocks with a.m./p.m. said only after the second: "de 4:00 a 10:00 p.m.",
"de 2 a 5 p.m.", "das 3:00 às 6:00 p.m.".

Seen in world-hundredfortysecond (a consulate in the United States gives its fiesta's hours "de 4:00-10:00 p.m.", and
"de 4:00 a 10:00 p.m." read the first clock as 4:00 in the morning). As English "from 4:00 to 10:00 p.m." does, the
first clock takes the half of the day of the second where the range still runs forward ("de 9 a 5 p.m." is 9:00 to
17:00). The texts are our own.
"""

from __future__ import annotations

import datetime as dt

import pytest

import parsers
from parsers.dates import find_mentions


@pytest.mark.parametrize(("text", "begins", "ends"), [
    ("La feria abre el 14 de septiembre de 4:00 a 10:00 p.m. en la plaza.", dt.time(16), dt.time(22)),
    ("La charla será el 3 de mayo de 2 a 5 p.m. en la biblioteca.", dt.time(14), dt.time(17)),
    ("O bazar será em 3 de maio, das 3:00 às 6:00 p.m. no salão.", dt.time(15), dt.time(18)),
    ("El taller será el 3 de mayo de las 4 a las 7 pm en el centro.", dt.time(16), dt.time(19)),
    # the first clock keeps its morning where the second's afternoon would put it after the end
    ("La jornada será el 3 de mayo de 9 a 5 p.m. en la sede.", dt.time(9), dt.time(17)),
    ("La reunión será el 3 de mayo de 11:30 a 1:00 p.m. en la sede.", dt.time(11, 30), dt.time(13)),
    ("La venta será el 3 de mayo de 8 a 11 a.m. en el mercado.", dt.time(8), dt.time(11)),
])
def test_the_first_clock_takes_the_second_ones_half_of_the_day(text: str, begins: dt.time, ends: dt.time) -> None:
    [clock] = [m for m in find_mentions(text) if m.kind == "time"]
    assert (clock.time, clock.until) == (begins, ends)


def test_the_event_runs_in_the_evening() -> None:
    text = "Fiesta patria\n\nPublicado el 3 de septiembre de 2025\n\nEl consulado invita a la fiesta el 14 de " \
           "septiembre de 4:00 a 10:00 p.m. en el parque central.\n"
    [event] = parsers.extract(text, source="x", reference=dt.date(2025, 9, 3), default_zone="America/Chicago").events
    assert (event.start, event.end) == (dt.datetime(2025, 9, 14, 21, tzinfo=dt.UTC),
                                        dt.datetime(2025, 9, 15, 3, tzinfo=dt.UTC))

"""A Spanish or Portuguese verb of making known right before "hoy" or "hoje" ("Lo dio a conocer hoy la cancillería",
"anunció hoy el ministerio", "informou hoje a secretaria"): the day of the saying, not an event. Before, "informó
hoy" was read so but "dio a conocer hoy" and "anunció hoy" made an all-day event of the publication date. What
happens today ("inaugura hoy la feria") stays. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

from .conftest import REFERENCE

ITEM = """Feria del libro

Source: Ministerio de Cultura

{stamp} La feria del libro abrirá el 12 de junio en el parque central. {said}
"""


@pytest.mark.parametrize(("stamp", "said"), [
    ("Quito, 3 de junio de 2026.", "Lo dio a conocer hoy el ministerio."),
    ("Quito, 3 de junio de 2026.", "Así lo anunció hoy la ministra."),
    ("Lisboa, 3 de junho de 2026.", "A data foi confirmada: anunciou hoje a secretaria."),
    ("Quito, 3 de junio de 2026.", "Los organizadores dieron a conocer hoy el programa."),
])
def test_the_day_of_the_saying_is_no_event(stamp: str, said: str) -> None:
    events = extract(ITEM.format(stamp=stamp, said=said), source="cultura", reference=REFERENCE).events
    assert [e.start for e in events] == [dt.date(2026, 6, 12)], [(e.summary, e.start) for e in events]


def test_what_happens_today_stays() -> None:
    said = "La ministra inaugura hoy la sala de lectura a las 10:00."
    events = extract(ITEM.format(stamp="Quito, 3 de junio de 2026.", said=said), source="cultura",
                     reference=REFERENCE).events
    assert sorted(str(e.start)[:10] for e in events) == ["2026-06-03", "2026-06-12"]

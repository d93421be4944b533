"""A weekday given with its day of the month but no month ("neste domingo (11)") is put in the one month the item's
other year-less dates name ("de 16 a 18 de junho"), and its weekday tells the year, as "Sunday, 11 June" would
(world-fortieth 6: no year anywhere, the days were put in the present year); and the weekday, come back bare later
in the item ("neste domingo, a partir das 8h35"), is that same day, not the one after the day in context. Items in
our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = """Marinha abre navio à visitação

Source: Marinha

Para o Dia da Marinha, que cai neste domingo (11), a Marinha tem eventos na cidade.

Depois, o navio fica aberto de 16 a 18 de junho no Espaço Cultural.

Parada: neste domingo, a partir das 8h35, a parada naval sai do Recreio.
"""


def test_the_numbered_weekday_gives_the_year_and_the_day() -> None:
    events = extract(ITEM, source="x", reference=dt.date(2026, 12, 3), default_zone="America/Sao_Paulo").events
    days = sorted(e.start.strftime("%Y-%m-%d %H:%M") if not e.all_day else e.start.strftime("%Y-%m-%d") for e in events)
    assert days == ["2023-06-11 08:35", "2023-06-16"]

"""An Italian programme heads each day with the date and the town after a dash, in capitals and with no other
word of the language ("AGENDA 28 GIUGNO 2021 - BARI"): that line dates the rows under it, as "Programma, 14 giugno
2026, a Otranto" would (world-hundredseventh 1: the G20 foreign ministers' welcome in Bari the evening before the
meeting in Matera fell on the meeting's day). A month's name only Italian has ("giugno", not "marzo" or "novembre")
says the line is Italian, capitalised as a heading writes it (not a wire's "gio 07 settembre 2023" atop an English
advisory). Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = """Vertice dei ministri: il calendario

Source: Presidenza del Forum

Cronaca
Lecce - lunedì 8 giugno 2026

Il calendario della riunione dei ministri del Commercio è stato reso noto. I ministri saranno accolti a Otranto la
sera prima della sessione.

{first}
20:00: Castello Aragonese, cena di benvenuto per i capi delegazione
{second}
9:30 – 12:30: prima sessione di lavoro (Teatro Politeama)
16:00 – 16:30: conferenza stampa conclusiva
"""


def _starts(first: str, second: str) -> dict[str, str]:
    events = extract(ITEM.format(first=first, second=second), source="forum", reference=dt.date(2026, 6, 1),
                     default_zone="Europe/Rome").events
    return {e.summary.split(",")[0].split(" (")[0].lower(): e.start.strftime("%m-%d %H:%M") for e in events}


def test_capital_headings_with_a_town_after_a_dash_date_their_rows() -> None:
    starts = _starts("AGENDA 14 GIUGNO 2026 - OTRANTO", "AGENDA 15 GIUGNO 2026 - LECCE")
    assert starts["castello aragonese"] == "06-14 20:00"
    assert starts["prima sessione di lavoro"] == "06-15 09:30"
    assert starts["conferenza stampa conclusiva"] == "06-15 16:00"


def test_a_heading_with_the_month_capitalised_does_too() -> None:
    starts = _starts("Agenda 14 Giugno 2026 - Otranto", "Agenda 15 Giugno 2026 - Lecce")
    assert starts["castello aragonese"] == "06-14 20:00"
    assert starts["prima sessione di lavoro"] == "06-15 09:30"

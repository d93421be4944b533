"""A weekly schedule in English opens its rows with the weekday and, in brackets, its day of the month as an ordinal:
"Tuesday (16th), 9 am: ...", "Monday (15th), 2 pm: ...", as the IBGE's weekly agenda gives them in English
(world-hundredthirtysecond 13). The bracketed figure alone ("Friday (09)") was read; with its ordinal ending it was
not, and every row fell on the stamp's day. Texts of our own."""

from __future__ import annotations

import datetime as dt

from parsers import extract

AGENDA = """Board agenda for the week

Source: Office of the Registrar

Published March 4, 2030

Tuesday (5th), 10 am: the registrar meets the auditors in Room 2.

Thursday (7th), 3 pm: the board reviews the annual plan.
"""


def test_weekday_and_its_ordinal_day_in_brackets() -> None:
    events = extract(AGENDA, source="registrar", reference=dt.date(2030, 3, 4)).events
    days = sorted((e.start.date(), e.start.hour) for e in events if not e.all_day)
    assert days == [(dt.date(2030, 3, 5), 10), (dt.date(2030, 3, 7), 15)]

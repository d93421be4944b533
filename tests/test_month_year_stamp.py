"""A stamp line that gives only a month and its year at the head of an item (issue #10, "Year"): "Dicembre 2024" over
a programme, "June 2025" over a notice. The item is of that month: its dates without a year
take that year, and a full date long before it ("launched on 15 December 1964") is history, neither the item's date
nor an event. Seen in world-seventyfifth (a space agency's programme for "lunedì 16 dicembre" read in 1964, the
year of the first satellite it recalled); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from parsers.blocks import split_blocks
from parsers.monthstamp import month_stamp

_REFERENCE = dt.date(2026, 12, 5)


def _starts(text: str) -> list[dt.date]:
    return sorted((e.start.date() if isinstance(e.start, dt.datetime) else e.start)
                  for e in extract(text, source="test", reference=_REFERENCE).events)


def test_a_programme_under_a_month_stamp_that_recalls_an_old_date() -> None:
    text = ("Festa del museo navale\n\nSource: Museo Navale di Genova\n\nOttobre 2023\n\n"
            "Il museo, aperto il 4 ottobre 1958, festeggia il suo compleanno sabato 14 ottobre con una giornata "
            "di visite guidate e laboratori per le famiglie.\n\n"
            "ore 10:30 Apertura delle sale\n\nore 11:15 Visita guidata alla sala delle polene\n")
    days = _starts(text)
    assert days
    assert all(day == dt.date(2023, 10, 14) for day in days)


def test_an_old_full_date_told_without_a_past_tense() -> None:
    # The observatory's opening day of 1998 is no date of the item: its open day is of the stamp's June 2025.
    text = ("Open day at the observatory\n\nSource: Regional Observatory of the Azores\n\nJune 2025\n\n"
            "The observatory, in service since 12 March 1998, opens its domes to the public on 14 June at "
            "6 p.m., with guided tours of the main telescope in Ponta Delgada.\n")
    assert _starts(text) == [dt.date(2025, 6, 14)]


def test_only_a_line_of_its_own_is_a_stamp() -> None:
    assert month_stamp(split_blocks("Dicembre 2024\n\nIl programma della giornata.")) == dt.date(2024, 12, 15)
    assert month_stamp(split_blocks("Março de 2017\n\nO Chefe do Executivo parte.")) == dt.date(2017, 3, 15)
    assert month_stamp(split_blocks("The report of December 2024 is out.\n\nMore below.")) is None
    assert month_stamp(split_blocks("Figures for 2024\n\nMore below.")) is None

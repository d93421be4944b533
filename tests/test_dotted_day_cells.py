"""A cell of a day and month alone, dotted and closed by its stop ("Annual results 2023 | 28.02.", "25.04. | Annual
General Meeting"), as a company's financial calendar under its year writes its rows: a date, never a clock (a clock's
cell has no closing stop). Noted as left in note50 ("28.02." of a financial-calendar row read as a clock). Texts in our
own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.dates import find_mentions


@pytest.mark.parametrize(("text", "day", "month"), [
    ("Annual results 2025 | 27.02.", 27, 2),
    ("Half-year report | 08.08.", 8, 8),
    ("Half-year report | 8.08. | Conference call", 8, 8),
    ("25.04. | Annual General Meeting", 25, 4),
])
def test_the_dotted_cell_is_a_day(text: str, day: int, month: int) -> None:
    mentions = find_mentions(text, "")
    assert [(m.kind, m.first.day if m.first else None, m.first.month if m.first else None) for m in mentions] \
        == [("day", day, month)]


@pytest.mark.parametrize("text", [
    "Opening | 08.30",  # a clock's cell: no closing stop
    "The meeting opens at 08.30.",  # a clock closing a sentence
    "See section 3.5. for the rules",
])
def test_no_day_where_no_cell_is_dotted_and_closed(text: str) -> None:
    assert not any(m.kind == "day" for m in find_mentions(text, ""))


def test_a_financial_calendar_gives_each_meeting_its_day() -> None:
    text = ("Title: Financial calendar\n\nThe dates of our meetings in 2026.\n\n2026\n"
            "Annual General Meeting | 23.04.\nCapital Markets Day | 17.09.\n")
    events = extract(text, source="t", reference=dt.date(2026, 1, 10)).events
    assert sorted(e.start.isoformat()[:10] for e in events) == ["2026-04-23", "2026-09-17"]
    assert all(e.all_day for e in events)

"""An agenda's items numbered in a table's first cell ("1.1. | Eröffnung und Begrüßung", "2.3. | Haushalt") are no
days: a financial calendar's dotted cell writes its month in two digits ("23.04.", "8.08."). Texts in our own words
(review of s51-leftB)."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.dates import find_mentions


@pytest.mark.parametrize("row", ["1.1. | Eröffnung und Begrüßung", "TOP | 2.3. | Haushalt", "Version | 3.5. | Fixes"])
def test_a_numbered_item_is_no_day(row: str) -> None:
    assert not any(m.kind == "day" for m in find_mentions(row, ""))


def test_an_agenda_table_gives_only_the_meeting() -> None:
    text = ("Title: Sitzung des Rates\n\nDer Rat tagt am 14. April 2026 um 18:00 Uhr im Rathaus.\n\nTagesordnung\n"
            "1.1. | Eröffnung und Begrüßung\n1.2. | Genehmigung der Tagesordnung\n2.1. | Haushalt 2026\n")
    events = extract(text, source="t", reference=dt.date(2026, 1, 10)).events
    assert [e.start.strftime("%Y-%m-%d") for e in events] == ["2026-04-14"]

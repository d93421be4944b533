"""A Catalan or Romanian span across the turn of a year ("del 30 de desembre al 2 de gener de 2025", "din 30 decembrie
până în 2 ianuarie 2025"): read as its two days, each a mention (langgrammar.days_apart, as the Korean and Devanagari
readers do, and as mentions.ordered_span reads "from 28 December to 2 January"), not lost. Seen in the Catalan and
Romanian sets of the last session's helpers (note50, "Left"). A span within one year stays one span. Texts of our
own."""

from __future__ import annotations

import pytest

from parsers.lang_catalan import catalan_mentions
from parsers.lang_romanian import romanian_mentions


@pytest.mark.parametrize(("text", "expected", "why"), [
    ("La fira, amb quaranta parades, serà del 30 de desembre al 2 de gener de 2025.",
     [("day", "del 30 de desembre", None), ("day", "2 de gener de 2025", 2025)], "the last day's year only"),
    ("La fira, amb quaranta parades, serà del 30 de desembre de 2024 al 2 de gener de 2025.",
     [("day", "del 30 de desembre de 2024", 2024), ("day", "2 de gener de 2025", 2025)], "each day's year"),
    ("La fira, amb quaranta parades, serà del 3 de març al 5 d'abril de 2025.",
     [("span", "del 3 de març al 5 d'abril de 2025", 2025)], "two months of one year: one span"),
])
def test_catalan_span_or_its_days(text: str, expected: list[tuple[str, str, int | None]], why: str) -> None:
    assert [(m.kind, m.text, m.first.year if m.first else None) for m in catalan_mentions(text)] == expected, why


@pytest.mark.parametrize(("text", "expected", "why"), [
    ("Târgul va avea loc și în acest an din 30 decembrie până în 2 ianuarie 2025.",
     [("day", "din 30 decembrie", None), ("day", "2 ianuarie 2025", 2025)], "across the turn of a year: two days"),
    ("Târgul va avea loc și în acest an din 3 martie până în 5 aprilie 2025.",
     [("span", "din 3 martie până în 5 aprilie 2025", 2025)], "two months of one year: one span"),
])
def test_romanian_span_or_its_days(text: str, expected: list[tuple[str, str, int | None]], why: str) -> None:
    assert [(m.kind, m.text, m.first.year if m.first else None) for m in romanian_mentions(text)] == expected, why

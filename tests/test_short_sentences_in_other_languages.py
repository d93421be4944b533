"""A short dated sentence of German or French running text is an event, not a line that only says which day:
its words with accents count as words ("Die Messe läuft vom 12. bis 14. Juni 2026 in Leipzig." gave nothing).
A short heading-like line still sets the day. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Mitteilung

Source: Messeverband Mitte

{body}
"""


@pytest.mark.parametrize(("body", "expected", "why"), [
    ("Die Schau läuft vom 12. bis 14. Juni 2026 in Leipzig.", ["2026-06-12..2026-06-14"],
     "a verb with an umlaut and a preposition: a sentence"),
    ("Le salon ouvre du 12 au 14 juin 2026 à Lyon.", ["2026-06-12..2026-06-14"], "French the same"),
    ("Leipzig, 12. Juni 2026", [], "a dateline's short line is no event"),
])  # fmt: skip
def test_short_sentences_with_accented_words(body: str, expected: list[str], why: str) -> None:
    events = extract(ITEM.format(body=body), source="short", reference=dt.date(2026, 6, 1)).events
    got = [f"{e.start:%Y-%m-%d}..{e.end - dt.timedelta(days=1):%Y-%m-%d}" for e in events if e.all_day]
    assert got == expected, why

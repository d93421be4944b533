"""Dutch dates and clock times ("op donderdag 6 oktober om 14.00 uur", "van 10.00 tot 16.00 uur", "van 6 tot en met
9 oktober") are read as the German and French ones are, and leave the title with their words. Sentences in our own
words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.datefree import without_dates
from parsers.dates import find_mentions


@pytest.mark.parametrize(("sentence", "mentions", "title"), [
    ("De wethouder opent op donderdag 6 oktober om 14.00 uur het nieuwe zwembad.",
     [("day", "op donderdag 6 oktober"), ("time", "om 14.00 uur")], "De wethouder opent het nieuwe zwembad."),
    ("De markt is open van 10.00 tot 16.00 uur op zaterdag 8 oktober.",
     [("time", "van 10.00 tot 16.00 uur"), ("day", "op zaterdag 8 oktober.")], "De markt is open"),
    ("Het festival loopt van 6 tot en met 9 oktober in Gent.", [("span", "van 6 tot en met 9 oktober")],
     "Het festival loopt in Gent."),
    ("Op 12 mei 2023 om 20 uur speelt het orkest.", [("day", "Op 12 mei 2023"), ("time", "om 20 uur")],
     "speelt het orkest."),
])  # fmt: skip
def test_dutch_mentions(sentence: str, mentions: list[tuple[str, str]], title: str) -> None:
    found = find_mentions(sentence)
    assert [(m.kind, m.text) for m in found] == mentions
    assert " ".join(without_dates(sentence, found).split()) == title


def test_a_dutch_release() -> None:
    item = ("Opening zwembad\n\nSource: Gemeente Utrecht\n\n3 oktober 2022\n\n"
            "De wethouder opent op donderdag 6 oktober om 14.00 uur het nieuwe zwembad in Utrecht.\n")
    events = extract(item, source="probe", reference=dt.date(2026, 12, 3)).events
    assert [(e.start.strftime("%Y-%m-%d %H:%M"), e.timezone) for e in events] \
        == [("2022-10-06 14:00", "Europe/Amsterdam")]

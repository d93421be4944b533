"""A sentence that ends with a day's number ("... in Halifax on January 19.") ends there when the next one opens
with a sentence's opening word ("The next day, ..."). The full stop after a number was always read as a German
ordinal ("am 19. Januar"), so the two sentences were one, and the next day's event was lost in the first. Texts of
our own."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.blocks import sentences

# (paragraph, the number of sentences, why)
PARAGRAPHS = [
    ("The envoy lands in Halifax on January 19. The next day, she travels to Moncton.", 2,
     "a day's number, then 'The'"),
    ("The envoy lands in Halifax on 19 January at 10. On the following day she visits Moncton.", 2,
     "an hour's number, then 'On'"),
    ("Am 19. Januar tagt der Rat in Bonn.", 1, "a German ordinal before its month"),
    ("Die 2. Lesung folgt im Mai.", 1, "a German ordinal before a noun"),
    ("The fair closes on 5 May. It reopens in June.", 2, "a one-figure day, then 'It'"),
]


@pytest.mark.parametrize(("paragraph", "count", "why"), PARAGRAPHS)
def test_sentences_after_a_number(paragraph: str, count: int, why: str) -> None:
    assert len(list(sentences(paragraph))) == count, why


def test_the_next_days_event_is_its_own() -> None:
    item = ("Visit to the Maritimes\n\nSource: Office of the Envoy\n\nOttawa, January 12, 2026\n\n"
            "The envoy arrives in Halifax on January 19. The next day, she travels to Fredericton.\n")
    events = extract(item, source="t", reference=dt.date(2026, 1, 12)).events
    assert sorted((e.start.isoformat(), e.location.split(",")[0]) for e in events) == [
        ("2026-01-19", "Halifax"), ("2026-01-20", "Fredericton")]

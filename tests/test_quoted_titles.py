"""A German-quoted title may hold a full stop ("„Rückblick. Wie das Jahr uns prägte“"); the sentence goes on
after it, with the event's day and hours. Texts of our own."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from parsers.blocks import sentences

TEXT = ("Auf der Tagung „Rückblick. Wie das Jahr uns prägte“ (4. Mai 2031, 14 bis 18 Uhr) wird der Bericht "
        "gezeigt. Anmeldung online.")


def test_a_full_stop_inside_a_german_quoted_title_ends_no_sentence() -> None:
    said = list(sentences(TEXT))
    assert said[0].endswith("gezeigt."), "the title's full stop is inside the quotes"
    assert len(said) == 2


def test_the_event_keeps_the_title_that_names_it() -> None:
    events = extract(f"Notice\n\nSource: Press office\n\n{TEXT}\n", source="t", reference=dt.date(2026, 12, 1),
                     default_zone="Europe/Berlin").events
    assert [(e.start.isoformat(), "Tagung" in e.summary) for e in events] == [("2031-05-04T14:00:00+02:00", True)]


def test_a_closed_quote_before_the_full_stop_ends_the_sentence() -> None:
    said = list(sentences("Er sprach von „Mut“. Dann ging er."))
    assert len(said) == 2

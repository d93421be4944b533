"""A software's release number after its name or the word for a version ("OS X 10.10", "macOS 10.15",
"Version 10.30") is no clock time (pages-p60, heise.de: a news item on a password manager said the feature was
"nun auch für OS X 10.10 verfügbar", and the page gained an event at 10:10 on the item's day). A time after
"um", "at" or before "Uhr" stays a time, even near such a word. The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.dates import find_mentions

_REFERENCE = dt.date(2026, 3, 4)

VERSIONS = [
    ("Die Funktion gibt es jetzt auch für OS X 10.10 und neuer.", "a Mac system's release"),
    ("Das Programm setzt macOS 10.15 voraus.", "macOS"),
    ("The app now needs Android 12.10 or later.", "Android"),
    ("Version 11.20 bringt einen dunklen Modus.", "the word Version"),
    ("La versión 10.40 corrige varios errores.", "Spanish versión"),
]


@pytest.mark.parametrize(("text", "why"), VERSIONS)
def test_a_release_number_is_not_a_time(text: str, why: str) -> None:
    assert [m for m in find_mentions(text) if m.kind == "time"] == [], why


KEPT = [
    ("Die neue Version wird um 10.30 Uhr vorgestellt.", "um 10.30 Uhr"),
    ("Windows users meet at 10.30 in Hall 2.", "at 10.30"),
    ("Die Sitzung beginnt um 10.10 Uhr.", "um 10.10 Uhr"),
]


@pytest.mark.parametrize(("text", "clock"), KEPT)
def test_a_time_near_such_a_word_stays(text: str, clock: str) -> None:
    assert [m.text for m in find_mentions(text) if m.kind == "time"] == [clock]


def test_a_tech_news_item_has_no_event() -> None:
    text = ("Notizblock für Mac kann jetzt Termine synchronisieren\n\nSource: Technikdienst\n\n04.03.2026 09:12\n\n"
            "Das bisher nur in der iPad-Fassung enthaltene Feature ist nun auch für OS X 10.10 verfügbar. "
            "Die App kostet knapp 20 Euro und verlangt mindestens OS X 10.10.\n")
    events = extract(text, source="test", reference=_REFERENCE).events
    assert [e for e in events if isinstance(e.start, dt.datetime) and e.start.hour == 10] == []

"""A clock's letters after it are part of it: "10:00H" (as Philippine and West African releases write it) and
"11:00 hrs. local time" (the abbreviation's dot before the clock's name), so that neither the "H" nor ". local time"
is left in the title. An initial after a spaced time ("10:00 H. Osei speaks") is a name's. Sentences in our own
words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.dates import find_mentions

# (sentence, the time's text, its zone label)
CASES = [
    ("The Speaker receives the delegation at 10:00H in Parliament House.", "at 10:00H", ""),
    ("The President receives letters of credence at 11:00 hrs. local time at State House.",
     "at 11:00 hrs. local time", "local time"),
    ("The talks end at 11:00 hrs. The Minister then leaves.", "at 11:00 hrs", ""),
    ("The panel opens at 10:00 H. Osei speaks first.", "at 10:00", ""),
]


@pytest.mark.parametrize(("sentence", "text", "zone"), CASES)
def test_hour_letters(sentence: str, text: str, zone: str) -> None:
    times = [m for m in find_mentions(sentence) if m.kind == "time"]
    assert [(m.text, m.zone) for m in times] == [(text, zone)]


def test_no_letter_left_in_the_title() -> None:
    item = ("Credentials\n\nSource: State House, Lusaka\n\n"
            "The President receives letters of credence on 14 February 2023 at 11:00 hrs. local time at State House,"
            " Lusaka.\n")
    events = extract(item, source="letters", reference=dt.date(2026, 12, 3)).events
    assert len(events) == 1
    assert "local time" not in events[0].summary
    assert ". " not in events[0].summary
    assert events[0].timezone == "Africa/Lusaka"

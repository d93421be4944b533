"""Saturday's adjective in Polish is soft ("sobotni koncert", "sobotnia gala", "sobotnie spotkanie"): each form names
the coming Saturday, as "niedzielny koncert" names the Sunday. Texts in our own words (review of s51-w144)."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.dates import find_mentions


@pytest.mark.parametrize("opening", ["Sobotni koncert", "Sobotnia gala", "Sobotnie spotkanie"])
def test_saturdays_adjective_names_the_coming_saturday(opening: str) -> None:
    text = f"Komunikat\n\nWarszawa, 4 marca 2026 r.\n\n{opening} rozpocznie się o godz. 18:00 w filharmonii.\n"
    events = extract(text, source="t", reference=dt.date(2026, 3, 1)).events
    assert [e.start.strftime("%Y-%m-%d %H:%M") for e in events] == ["2026-03-07 18:00"]


def test_the_adjective_in_its_case_is_read() -> None:
    mentions = find_mentions("W sobotnim koncercie o godz. 18:00 wystąpi orkiestra.", "")
    assert [(m.kind, m.weekday) for m in mentions if m.kind == "weekday"] == [("weekday", 5)]

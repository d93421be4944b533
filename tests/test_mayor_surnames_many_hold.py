"""A city head's title is every town's ("Mayor", "Erster Bürgermeister" of any Bavarian market town), so a surname
many hold names no big city's mayor alone: "Mayor Adams" of an Ohio town is not New York's, "Erster Bürgermeister
Scholz" of a market town not Hamburg's, "Mayor Hidalgo of Caloocan" not Paris's. In full they still count."""

from __future__ import annotations

import pytest

from parsers import officeholders
from tests.year_texts import REFERENCE, days_of, events_of


@pytest.mark.parametrize("text", [
    "Mayor Adams cuts the ribbon at the new Springfield, Ohio, library.",
    "Erster Bürgermeister Scholz lädt zur Bürgerversammlung in Markt Indersdorf.",
    "Mayor Hidalgo of Caloocan City opens the market.",
])
def test_a_surname_many_hold_bounds_nothing(text: str) -> None:
    assert officeholders.window(text, REFERENCE) is None


@pytest.mark.parametrize("text", [
    "Mayor Eric Adams announces the parade route.",
    "Erster Bürgermeister Olaf Scholz eröffnet den Hafengeburtstag.",
    "Mayor Anne Hidalgo opens the Paris Plages.",
])
def test_in_full_they_still_count(text: str) -> None:
    assert officeholders.window(text, REFERENCE) is not None


def test_a_small_towns_mayor_leaves_the_year_to_the_reference_date() -> None:
    events = events_of("Mayor Adams will cut the ribbon at the new Springfield, Ohio, library on 14 March at 10:00.",
                       "Media advisory")
    # (no holder's term: the day told as to come is the nearer 14 March, after the reference date 1 December 2026)
    assert days_of(events) == ["2027-03-14"]

"""A month and its year alone on a line at an item's head, its month's name one that running text keeps from being a
month: "Mars 2019" (in running text "Mars 2020" may be a planet's mission) and "Mai 2025" (a name, three letters).
On such a line nothing else is said: it is the item's month, and its year dates the item's year-less days, as
"March 2019", "Juin 2019" and "Dicembre 2024" did. Seen in world-ninetyfourth (a Dakar notice under "Mars 2019",
its dateline "4 mars (APS)" put in the reference date's year). The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import starts_of

_REFERENCE = dt.date(2026, 12, 6)


def _starts(text: str) -> list[str]:
    return starts_of(text, _REFERENCE)


@pytest.mark.parametrize(("stamp", "body", "expected"), [
    # (a wire's dateline with no year: the stamp's year is the dateline's; 4 March 2019 is a Monday)
    ("Mars 2019", "Thiès, 4 mars (APS) - Le bureau régional réunit ses partenaires jeudi à 10h au siège.",
     ["2019-03-07 10:00"]),
    ("MARS 2019", "Thiès, 4 mars (APS) - Le bureau régional réunit ses partenaires jeudi à 10h au siège.",
     ["2019-03-07 10:00"]),
    # (12 May 2025 is a Monday)
    ("Mai 2025", "Thiès, 12 mai (APS) - Le bureau régional réunit ses partenaires mercredi à 11h au siège.",
     ["2025-05-14 11:00"]),
])
def test_short_or_capital_month_names_the_items_year(stamp: str, body: str, expected: list[str]) -> None:
    text = f"Avis\n\nSource: Bureau de test\n\n{stamp}\n\n{body}\n"
    assert _starts(text) == expected


def test_a_planet_in_running_text_is_still_no_month() -> None:
    # ("Mars 2020" inside a sentence names the mission, not the item's month)
    text = ("Avis\n\nSource: Bureau de test\n\nLa conférence sur la mission Mars 2020 aura lieu le 12 mars 2024 "
            "à 10h à Toulouse.\n")
    assert _starts(text) == ["2024-03-12 10:00"]

"""A sitting's beginning or end told in the French past after its day ("La réunion publique du 12 mars a commencé à
18h et a pris fin à 21h", "La séance du 12 mars, commencée à 18h, a pris fin à 21h"): a report of what took place,
no event. Issue #10, the forms left by earlier sessions ("Commencé à 18h ... a pris fin à 21h" was published as an
event); the future ("se réunira le 12 mars à 18h et la séance prendra fin à 21h") and a clause of "qui" stay events.
The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _starts(body: str) -> list[str]:
    events = extract(f"Séance\n\nSource: Mairie\n\n{body}\n", source="test", reference=_REFERENCE).events
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" if isinstance(e.start, dt.datetime) else f"{e.start}" for e in events)


@pytest.mark.parametrize("body", [
    "La réunion publique du 12 mars a commencé à 18h et a pris fin à 21h.",
    "La séance du conseil municipal du 12 mars, commencée à 18h, a pris fin à 21h.",
    "Commencée à 18h, la séance du conseil municipal du 12 mars a pris fin à 21h.",
    "Le conseil municipal du 12 mars s'est achevé à 21h.",
])
def test_a_sitting_told_as_done_is_no_event(body: str) -> None:
    assert _starts(body) == []


def test_the_future_stays_an_event() -> None:
    assert _starts("Le conseil municipal se réunira le 12 mars à 18h et la séance prendra fin à 21h.") \
        == ["2026-03-12 18:00"]


def test_a_clause_of_qui_tells_another_day() -> None:
    assert "2026-03-12" in _starts("Le festival, qui a débuté le 1er mars, se termine le 12 mars.")

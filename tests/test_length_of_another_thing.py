"""After a semicolon, a length told of another thing by its name ("; the strike there will last three days") is not
the length of the day just told; one told by a pronoun or no subject ("; it will last three days") is. Texts in our own
words (review of s51-leftA)."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract


def _spans(body: str) -> list[tuple[str, str]]:
    events = extract(f"Notice\n\n{body}\n", source="t", reference=dt.date(2026, 3, 1)).events
    return [(f"{e.start:%Y-%m-%d}", f"{e.end:%Y-%m-%d}") for e in events]


@pytest.mark.parametrize(
    "other", ["the strike there will last three days", "the works on the bridge will last three days"])
def test_another_things_length_stretches_nothing(other: str) -> None:
    assert _spans(f"The fair opens in Riga on 5 May 2026; {other}.") == [("2026-05-05", "2026-05-06")]


def test_its_own_length_after_a_semicolon_stretches_it() -> None:
    assert _spans("The fair opens in Riga on 5 May 2026; it will last three days.") == [("2026-05-05", "2026-05-08")]

"""A French park, garden, square or esplanade named after a town ("près du parc de Sofia", "au square de Londres")
is a place in the town the item is in, not that town: its word before the name marks it as a street's does
(issue #10, "Zone": a time with no label is the place's). Seen in world-ninetyeighth (a state visit's arrival in
Algiers "près du parc de Sofia" was read on Sofia's clock); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _utc(body: str) -> list[str]:
    text = f"Programme de la visite\n\nSource: Présidence\n\n12 mars 2026\n\n{body}\n"
    return sorted(f"{e.start.astimezone(dt.UTC):%Y-%m-%d %H:%M}"
                  for e in extract(text, source="test", reference=_REFERENCE).events
                  if isinstance(e.start, dt.datetime))


@pytest.mark.parametrize("park", ["parc de Sofia", "jardin de Vienne", "square de Londres", "esplanade de Moscou"])
def test_park_named_after_a_town(park: str) -> None:
    body = (f"Vers 15h, le président arrivera à l'aéroport d'Alger. Les deux chefs d'Etat iront ensuite à pied "
            f"jusqu'au {park}, près de la Grande-Poste.")
    assert _utc(body) == ["2026-03-12 14:00"]  # Algiers, UTC+1

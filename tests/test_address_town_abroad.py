"""A town after a street address whose name the smaller table holds for another country than the places the text
names ("12 Alfred Gelder Street, Hull, England", "1 Market Square, Keswick, Cumbria") is a town of theirs, not its
namesake abroad (Hull or Keswick, Ontario) whose clock the event would take (issue #10, "Zone"). The texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from parsers.places import find_places

_REFERENCE = dt.date(2026, 1, 10)


def _zones(text: str) -> list[str]:
    return [str(e.start.tzinfo) for e in extract(text, source="test", reference=_REFERENCE).events]


def test_an_english_address_keeps_england() -> None:
    assert [m.place.country for m in find_places("at the Guildhall, 12 Alfred Gelder Street, Hull, England.")] \
        == ["GB"]
    text = ("Fell walk\n\nSource: National Park Authority\n\nThe walk starts at 10am on March 4, 2026 from the Moot "
            "Hall, 1 Market Square Way, Keswick, Cumbria.\n")
    assert _zones(text) == ["Europe/London"]


def test_the_towns_own_country_keeps_the_town() -> None:
    assert [m.place.display for m in find_places("at 200 S. School Street, Ukiah, California.")][0].startswith("Ukiah")

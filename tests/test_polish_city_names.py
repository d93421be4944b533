"""Budapest as Polish writes it, in the cases "w ..." and "do ..." put it ("w Budapeszcie", "do Budapesztu",
"Budapeszt"): the place of a Polish item's clock, so "o godz. 9.30" there is Budapest's time, not the configured
default. Seen in world-hundredfortyfourth item 12 (a Visegrad Group meeting in Budapest). Texts in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 12, 3)


@pytest.mark.parametrize("said", ["w Budapeszcie", "do Budapesztu"])
def test_budapest_in_polish_sets_the_zone(said: str) -> None:
    body = f"Opublikowano 8.05.2023\n\nMinister pojedzie {said}. Spotkanie odbędzie się 10 maja 2023 r. o godz. 9.30."
    item = f"Wizyta\n\nSource: Kancelaria Premiera\n\n{body}\n"
    events = extract(item, source="pl", reference=_REFERENCE).events
    assert [(e.start.isoformat(), e.timezone) for e in events] == [("2023-05-10T09:30:00+02:00", "Europe/Budapest")]

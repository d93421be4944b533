"""Polish verbs of the past that news dates: "dotarł do Budapesztu w niedzielę 28 listopada" (arrived), "przybyła",
"odbyło się", "spotkali się", "podpisał", "wziął udział": a day told with them has gone by when the item is written,
as "состоялась" and "провели" are for Russian. Seen in world-hundredfortyfourth item 12, where a president's arrival
on the Sunday before the published Monday was a spurious event. Texts in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 12, 3)


def _days(body: str) -> list[str]:
    item = f"Wizyta w Rzymie\n\nSource: Kancelaria Prezydenta\n\n{body}\n"
    return sorted(e.start.isoformat()[:10] for e in extract(item, source="pl", reference=_REFERENCE).events)


def test_an_arrival_told_in_the_past_is_no_event() -> None:
    body = ("Opublikowano 8.05.2023\n\nMinister dotarła do Rzymu w sobotę 6 maja wieczorem. "
            "W środę 10 maja weźmie udział w konferencji ministrów rolnictwa.")
    assert _days(body) == ["2023-05-10"]


def test_a_meeting_that_took_place_is_no_event() -> None:
    body = ("Opublikowano 8.05.2023\n\nSpotkanie z ambasadorami odbyło się 5 maja w Warszawie. "
            "Kolejne posiedzenie rady odbędzie się 12 maja 2023 r.")
    assert _days(body) == ["2023-05-12"]

"""The day a traveller is back home ("The President is due back home on 9 September", "returns home on Friday") ends
the journey and is no event of its own; a trip's span that ends with it keeps it, and a homecoming told with its
place ("return home on 9 September at 2 p.m. at the armory") is a ceremony. A ministry's announcement of a state
visit had published the return (the w114 helper, session 44). The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract


def _days(body: str) -> list[str]:
    text = f"Visit\n\nSource: Ministry of International Relations, Namibia\n\n2022-09-02\n\n{body}\n"
    return [f"{e.start:%m-%d}" for e in extract(text, source="test", reference=dt.date(2022, 9, 2)).events]


@pytest.mark.parametrize("back", ["The President is due back home on 9 September.",
                                  "The President returns home on 9 September.",
                                  "The delegation will fly back home on 9 September."])
def test_the_return_home_is_no_event(back: str) -> None:
    assert _days(f"The President will visit Gaborone on 8 September for the Commission.\n\n{back}") == ["09-08"]


def test_a_trip_ending_with_the_return_keeps_its_span() -> None:
    text = ("Visit\n\nSource: Ministry of Foreign Affairs of Peru\n\n2024-01-02\n\nThe Minister leaves for Santiago on "
            "8 January for talks with his counterpart, returning home on 10 January.\n")
    events = extract(text, source="test", reference=dt.date(2024, 1, 2)).events
    assert [(f"{e.start:%m-%d}", f"{e.end:%m-%d}") for e in events] == [("01-08", "01-11")]


def test_a_homecoming_at_its_place_stays() -> None:
    body = "The soldiers of the engineer company return home on 9 September at 2 p.m. at the Windhoek armory."
    assert _days(body) == ["09-09"]

"""A dateline that opens the paragraph ("LONDON, 2 December 2022 — The Society ...") dates the item; its year is not
a year the paragraph names for the dates after it. A lecture "on 10 January" in an item of 2 December is next
January's, as it is under "Published: 2 December 2022". Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

OPENINGS = ["LONDON, 2 December 2022 — ", "Leeds, 2 December 2022 - ", "LONDON, 2nd December 2022 — "]


@pytest.mark.parametrize("opening", OPENINGS)
def test_dateline_year_is_the_items_date(opening: str) -> None:
    item = (f"New Year lecture\n\nSource: Probe Society\n\n{opening}The Society holds its New Year lecture on"
            " 10 January at 6pm at its rooms in London.\n")
    events = extract(item, source="probe", reference=dt.date(2026, 12, 3)).events
    assert [e.start.strftime("%Y-%m-%d %H:%M") for e in events if isinstance(e.start, dt.datetime)] \
        == ["2023-01-10 18:00"]


def test_a_month_and_year_still_names_the_year() -> None:
    item = ("Spring session\n\nSource: Probe Society\n\nPublished: 2 December 2022\n\n"
            "In March 2024, the committee meets on 14 March in Leeds.\n")
    events = extract(item, source="probe", reference=dt.date(2026, 12, 3)).events
    assert [e.start.isoformat() for e in events] == ["2024-03-14"]

"""A list of meeting dates, then "Meetings start at 7pm": every date of the list takes the time, not the last one
alone; and a row's title keeps no dash its date left ("Planning Committee – Tuesday 10 June 2031 at 7pm").
Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Meetings

Source: Harbour Parish Council

Published: 2 June 2031

{body}
"""


def _events(body: str) -> list[tuple[str, str]]:
    events = extract(ITEM.format(body=body), source="list", reference=dt.date(2031, 6, 2)).events
    return sorted((f"{e.start:%Y-%m-%d}" if e.all_day else f"{e.start:%Y-%m-%d %H:%M}", e.summary) for e in events)


@pytest.mark.parametrize(("body", "expected", "why"), [
    ("Meeting dates: 10 June, 8 July, 9 September. Meetings start at 7pm in the parish rooms.",
     ["2031-06-10 19:00", "2031-07-08 19:00", "2031-09-09 19:00"], "a plural gathering: each date of the list"),
    ("Meeting dates: 10 June, 8 July. All meetings begin at 10am.", ["2031-06-10 10:00", "2031-07-08 10:00"],
     "'all' the same, as before"),
    ("The fair is on 10 June and the regatta on 8 July. The regatta starts at 11am.",
     ["2031-06-10", "2031-07-08 11:00"], "a singular subject: its own day only"),
])  # fmt: skip
def test_a_common_time_after_a_list_of_dates(body: str, expected: list[str], why: str) -> None:
    assert [start for start, _ in _events(body)] == expected, why


def test_a_rows_title_keeps_no_dash() -> None:
    body = ("Upcoming meetings\nPlanning Committee – Tuesday 10 June 2031 at 7pm\n"
            "Finance Committee – Wednesday 18 June 2031 at 6.30pm")
    assert [title for _, title in _events(body)] == ["Event: Planning Committee", "Event: Finance Committee"]

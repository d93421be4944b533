"""A title's year after "for" names what the item is about ("Council meeting calendar for 2027", "Schedule for
2027"), and a year the item names is a candidate for its weekdays beyond the months a release usually looks ahead:
Tuesday 2 March read in mid-2026 is of 2027 in such an item, not of 2021, the latest Tuesday 2 March before then.
Found with the month-heading rows of a council's year planner. Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from parsers.yearclues import naming_years

ITEM = """{title}

Source: Elmwood Parish Council

{body}
"""
BODY = "The council meets on Tuesday 2 March at 7 pm and on Tuesday 6 April at 7 pm in the Village Hall, Elmwood."


def _days(title: str, body: str = BODY) -> list[str]:
    events = extract(ITEM.format(title=title, body=body), source="x", reference=dt.date(2026, 6, 1)).events
    return [e.start.date().isoformat() for e in events]


def test_a_title_year_after_for_names_the_year_of_the_weekdays() -> None:
    assert _days("Meeting calendar for 2027") == ["2027-03-02", "2027-04-06"]


def test_without_the_year_the_latest_fitting_year_before_the_horizon_stays() -> None:
    assert _days("Meeting calendar") == ["2021-03-02", "2021-04-06"]


def test_a_named_year_the_weekdays_do_not_fit_is_not_taken() -> None:
    # Wednesday 3 March is of 2027 too; Tuesday 3 March is not (2026 and 2020 are).
    body = "The council meets on Tuesday 3 March at 7 pm in the Village Hall, Elmwood."
    assert _days("Meeting calendar for 2027", body) == ["2026-03-03"]


def test_for_in_the_body_or_after_another_preposition_still_tells_another_time() -> None:
    assert naming_years("Money set aside for 2027 repairs", dt.date(2026, 6, 1)) == []
    assert naming_years("Plans made in 2027", dt.date(2026, 6, 1), title=True) == []
    assert naming_years("Calendar for 2027", dt.date(2026, 6, 1), title=True) == [2027]

"""A page's weather box, a temperature and a town over a date ("21.4 C" / "Lisbon" / "12 June 2024"), each alone on
its line (issue #10, "Not events": page stamps; "Year"): the day the page was shown, no day of the item, so the
item's own dates are neither dropped as past nor moved to the year after it. Seen in world-ninetyninth (a Council
presidency's media advisory under a news site's weather widget); the texts are ours."""

from __future__ import annotations

import datetime as dt

from tests.conftest import days_of

_REFERENCE = dt.date(2026, 1, 10)


def _days(text: str) -> list[str]:
    return days_of(text, _REFERENCE)


def _item(box: str) -> str:
    return ("Media advisory: the Presidency's first ministerial meeting\n\nSource: Ruritanian Presidency\n\n"
            f"{box}\n\n"
            "The informal meeting of health ministers will be held in Coimbra on Monday, 4th of March 2019.\n\n"
            "On 5th of March, the ministers will visit the new university hospital.\n")


def test_the_boxs_date_is_no_day_of_the_item() -> None:
    # Under the box's 12 June 2024 the 2019 meeting was dropped as past and 5 March put in 2025.
    assert _days(_item("21.4 C\nLisbon\n12 June 2024\nNews")) == ["2019-03-04", "2019-03-05"]


def test_town_above_the_temperature() -> None:
    assert _days(_item("Lisbon\n-3 °C\n12 June 2024")) == ["2019-03-04", "2019-03-05"]


def test_a_date_under_a_town_alone_is_kept() -> None:
    # "Lisbon" over "12 June 2024" with no temperature is a dateline of the item's own: its year stands.
    assert _days(_item("Lisbon\n1 March 2019")) == ["2019-03-04", "2019-03-05"]

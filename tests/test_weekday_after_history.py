"""An undated item whose only full dates are history ("founded in Lusaka on 12 March 1971", "The union was formed
on 26 April 1964") and whose days to come are year-less weekday dates: those days come after the history, never
before it. History only bounds them, so they are read as an undated item's weekday dates are, unless the item
writes a year they fit. A weekday date on a full date's day and month, in a year its weekday does not fit, is that
date's anniversary: the full date is history, no event.
Releases of embassies and commissions showed the forms. Items in our own words."""

from __future__ import annotations

from .conftest import listed

ANNIVERSARY = """Union Day reception

Source: An embassy in Nairobi

The two states were joined in one union on 26 April 1964.

To mark the day, the embassy holds a reception on Friday 26 April at 19:00 at the ambassador's residence in Nairobi.
"""

FOUNDED = """Basin commission to meet

Source: A river basin commission

The Basin Commission, founded in Lusaka on 12 March 1971, brings together four riparian states. Its council of
ministers will meet in Livingstone on Friday 5 February.{plan}
"""

def test_a_weekday_on_an_old_dates_day_and_month_is_its_anniversary() -> None:
    # (read near 1964, the nearest Friday 26 April is of 1963, before the union it celebrates)
    assert listed(ANNIVERSARY) == ["2024-04-26 19:00"]


def test_a_founding_long_gone_does_not_date_the_weekday() -> None:
    # (near the founding, the nearest Friday 5 February is of 1971, a month before it)
    assert listed(FOUNDED.format(plan="")) == ["2027-02-05"]


def test_a_year_the_item_writes_after_its_history_dates_the_weekday() -> None:
    assert listed(FOUNDED.format(plan=" It will adopt the 2016 work plan.")) == ["2016-02-05"]



def test_a_weekday_slip_beside_a_date_to_come_is_no_anniversary() -> None:
    text = ("Hearing on the budget\n\nSource: A parliament's finance committee\n\nPress release, 2 March 2027\n\n"
            "The committee will take evidence from the Minister of Finance on 16 March 2027 at 14:30.\n\n"
            "Witnesses, Monday 16 March\n14:30 Minister of Finance\n15:30 Governor of the Central Bank\n")
    assert listed(text) == ["2027-03-16 14:30", "2027-03-16 15:30"]


def test_the_weekday_is_sought_no_later_than_next_year() -> None:
    text = ("Board to meet\n\nSource: A regional development board\n\nThe Board, established on 3 March 2026, will "
            "meet in Kumasi on Monday 9 February at 10:00.\n")
    assert all(day[:4] <= "2027" for day in listed(text))

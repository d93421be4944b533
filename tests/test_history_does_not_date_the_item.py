"""An item whose first full date is history ("The agreement was signed in Oslo on 14 September 2021.") and a later
one of its own time ("In a statement issued on 20 January 2023, ..."): a year-less date to come ("will open on 9
February") takes its year from the item's own date, not from the history told first. A ministry's release of
talks to resume showed the form. Items in our own words."""

from __future__ import annotations

from .conftest import listed

RELEASE = """Talks to resume

Source: A ministry of foreign affairs

{history} In a statement issued on 20 January 2023, the ministry said the next round of talks will open in Nairobi
on 9 February.
"""


def test_a_signing_told_in_the_past_does_not_date_the_item() -> None:
    history = "The framework agreement was signed in Oslo on 14 September 2021."
    assert listed(RELEASE.format(history=history)) == ["2023-02-09"]


def test_a_first_round_held_before_does_not_date_the_item() -> None:
    history = "The first round of talks took place in Accra on 3 October 2021."
    assert listed(RELEASE.format(history=history)) == ["2023-02-09"]


def test_with_no_history_the_statement_dates_the_item() -> None:
    assert listed(RELEASE.format(history="")) == ["2023-02-09"]

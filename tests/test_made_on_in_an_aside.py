"""The day a body was made, named in passing ("The inquiry committee, set up on 4 April 2025, will hold ..."), is
history: no event, and it does not date the item's year-less days, whose weekday does ("Tuesday 12 January" is 2027
near the reference date, not 2025, when it is a Sunday). "will be set up on" is a day to come. ("created on" is
left out: a page's stamp says it.) Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Inquiry committee to hold its first hearing

Source: Test Parliament

{body}
"""
REFERENCE = dt.date(2026, 12, 5)


def _starts(body: str) -> list[str]:
    return sorted(str(e.start) for e in extract(ITEM.format(body=body), source="t", reference=REFERENCE).events)


@pytest.mark.parametrize("verb", ["set up", "established", "founded", "formed", "appointed", "elected"])
def test_the_day_a_body_was_made_is_history_and_the_weekday_dates_the_hearing(verb: str) -> None:
    body = (f"The inquiry committee, {verb} on 4 April 2025, will hold its first public hearing on Tuesday 12 "
            "January at 10:00 in Room 3.")
    assert _starts(body) == ["2027-01-12 10:00:00+01:00"]


def test_a_body_to_be_set_up_on_a_day_is_an_event() -> None:
    body = "The inquiry committee will be set up on 4 May 2027 at 10:00 in Room 3."
    assert _starts(body) == ["2027-05-04 10:00:00+02:00"]


@pytest.mark.parametrize("verb", ["adopted", "signed", "approved", "ratified"])
def test_the_day_an_act_was_done_named_in_an_aside_is_no_event(verb: str) -> None:
    body = ("Press release No. 12/2027\n\nThe Assembly will debate the budget on Tuesday 9 February at 11:00. "
            f"The last budget, {verb} on 14 December 2025, expires at the end of the year.")
    assert _starts(body) == ["2027-02-09 11:00:00+01:00"]


def test_a_past_signing_in_an_aside_leaves_the_sentence_to_its_own_day() -> None:
    body = "The treaty, signed on 12 June 2019, will be reviewed by ministers on 3 July 2027 in Vienna."
    assert [start[:10] for start in _starts(body)] == ["2027-07-03"]

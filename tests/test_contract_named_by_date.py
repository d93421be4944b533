"""A contract or a loan named by the day it was signed ("Loan Contract No. 4698/XY of December 10, 2030", "the loan
of 10 December 2030") is a paper, not an event, as "the Communique of 30 June" is; a day the contract is signed on
stays. (Seen in a parliament's order paper.) Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

REFERENCE = dt.date(2026, 12, 4)


def _days(line: str) -> list[str]:
    text = (f"Order Paper\n\nSource: Example Assembly\n\nORDER PAPER FOR FRIDAY, 26TH APRIL, 2031 AT 2.00 P.M.\n\n"
            f"PAPERS TO BE LAID\n{line}\n")
    events = extract(text, source="t", reference=REFERENCE, default_zone="America/Guyana").events
    return sorted(str(e.start)[:10] for e in events)


@pytest.mark.parametrize("line", [
    "1. Loan Contract No. 4698/XY of December 10, 2030, in which the bank lends the state money for roads.",
    "2. The Minister of Finance lays the loan of 10 December 2030 for the new bridge.",
    "3. to be circulated: Grant Contract 12/2030 of 3 November 2030 with the development bank.",
])
def test_a_contract_named_by_its_date_is_no_event(line: str) -> None:
    assert _days(line) == ["2031-04-26"]


def test_the_day_a_contract_is_signed_on_stays() -> None:
    assert _days("The contract of 3 May 2031 is signed at the ministry on 12 May 2031.") == ["2031-04-26",
                                                                                           "2031-05-12"]

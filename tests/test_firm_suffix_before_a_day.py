"""A firm's name ends with a dotted form ("Batson & Brown, Inc.", "Acme Co.", "Widgets Ltd."); before a weekday and its
date, as a court's list of cases gives the parties and then the day and time of the argument, the row goes on: the
full stop ended the sentence, and the argument's event took the page's heading for its title instead of the case.
(Left by the p46 page set's court of appeals page; texts of our own.)"""

from __future__ import annotations

import pytest

from parsers.blocks import sentences
from tests.test_notevents import events_of


@pytest.mark.parametrize("text", [
    "2031-CA-00510-COA Westford Asset Management v. Batson & Brown, Inc. Thursday, November 6, 2031 10:00 a.m.",
    "Hearing: Acme Widgets Ltd. Monday, 3 March 2031 at 2 p.m.",
    "2031-CA-00012 Jones v. Smith Trucking Co. Wednesday, January 8, 2031 9:30 a.m.",
])
def test_the_row_goes_on_to_its_day(text: str) -> None:
    assert list(sentences(text)) == [text]


@pytest.mark.parametrize(("text", "count"), [
    ("The contract went to Acme Inc. The work starts on Monday, 3 March 2031.", 2),
    ("The contract went to Acme Inc. Thursday was chosen for the signing.", 2),
])
def test_other_sentences_still_end_after_the_firm(text: str, count: int) -> None:
    assert len(list(sentences(text))) == count


def test_the_argument_is_named_by_its_case() -> None:
    body = ("Archived oral arguments of the Court of Appeals\n\n"
            "2031-CA-00510-COA Westford Asset Management v. Batson & Brown, Inc. Thursday, November 6, 2031 "
            "10:00 a.m.\n")
    events = events_of(body, zone="America/Chicago")
    assert [("Westford" in e.summary) for e in events] == [True]

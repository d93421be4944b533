"""A time's hedge goes out of the title with it: "The vote takes place at approximately 12.30 in the chamber" is
"Vote takes place in the chamber", not "... at approximately in the chamber". A date is not hedged: "talks about
the 14 February plans" keeps its "about". A listing's "@ 10:00" goes as "at 10:00" does. Sentences in our own
words."""

from __future__ import annotations

import pytest

from parsers.datefree import without_dates
from parsers.dates import find_mentions

CASES = [
    ("The vote takes place on 14 February 2023 at approximately 12.30 in the chamber.",
     "The vote takes place in the chamber."),
    ("Reporters may film the signing at about 10:15 in the hall.", "Reporters may film the signing in the hall."),
    ("Voting starts around 10:00 on 14 February 2023.", "Voting starts."),
    ("The ship docks approx. 10:00 on 14 February 2023.", "The ship docks."),
    ("Ministers hold talks about 14 February 2023 plans.", "Ministers hold talks about plans."),
    # an event listing's at sign goes with its time, as "at" does
    ("Launch event: 14 Feb 2023 @ 10:00, Civic Hall.", "Launch event:, Civic Hall."),
    ("Public lecture @ 7pm on 14 February 2023.", "Public lecture."),
    ("Send questions to press@example.org by 14 February 2023.", "Send questions to press@example.org."),
    # "over the weekend of" goes with its days, as "on the morning of" does
    ("The fair is held over the weekend of 18-19 February 2023 in Leeds.", "The fair is held in Leeds."),
    # an open end goes with its start
    ("The fair opens on 14 February 2023 at 10.00 am onwards at the showground.", "The fair opens at the showground."),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_hedged_times(sentence: str, expected: str) -> None:
    assert " ".join(without_dates(sentence, find_mentions(sentence)).split()).replace(" .", ".") == expected

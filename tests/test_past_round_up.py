"""A round-up with no publication date and no full date, told in the past ("the French Ambassador held a reception
at the Palácio de Santos on July 14th", "Morocco's National Day was celebrated on the 30th of July"): its days are
gone by, history, not events (world-twentyeighth 13, where they became events of this year). Items in our own
words."""

from __future__ import annotations

import pytest

from .conftest import listed

ITEM = """Receptions of the summer

Source: A cultural institute

{body}
"""


@pytest.mark.parametrize(("body", "why"), [
    ("In July the institute joined several receptions. The French Ambassador held a reception at his Residence "
     "on July 14th.", "'held a reception' before the day"),
    ("A lunch at the Residence marked the National Day of Switzerland on July 29th.", "a regular past with its object"),
    ("The National Day of Morocco was celebrated on the 30th of July at the Residence.", "'was celebrated'"),
])
def test_a_day_told_in_the_past_with_no_year_is_history(body: str, why: str) -> None:
    assert listed(ITEM.format(body=body)) == [], why


@pytest.mark.parametrize(("body", "expected", "why"), [
    ("The Ambassador will hold a reception at his Residence on July 14th.", 1, "told as to come: an event"),
    ("The reception takes place at the Residence on July 14th at 6pm.", 1, "the present tense: an event"),
    ("The Ambassador held a reception on July 14th. The next reception is on 14 July 2027 at 6pm.", 1,
     "a full date in the item: the rules of dated items read it (the one to come stays)"),
])
def test_other_tenses_and_dated_items_stay(body: str, expected: int, why: str) -> None:
    assert len(listed(ITEM.format(body=body))) == expected, why

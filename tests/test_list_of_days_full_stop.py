"""A list of bare days under one stated hour, whose last line closes with a full stop ("from 9:30am to 3pm, on these
dates in 2018:" / "• January 18;" ... "• November 8."): the last day is one of the list too. Before, a line of a day
and a full stop was not read as a line of only a day, and the list's last event was lost (world-twentyeighth 3).
Items in our own words."""

from __future__ import annotations

import pytest

from .conftest import listed

ITEM = """Outreach days, 2031

Source: A consulate

Published: 2 January 2031

Consular officers visit the community hall, 12 Mill Street, from 9:30am to 3pm, on these dates in 2031:
    • January 16;
    • March 6;
    • {last}

Other towns have lists of their own.
"""


@pytest.mark.parametrize(("last", "why"), [
    ("November 6.", "the list's last line closed by a full stop"),
    ("November 6;", "by a semicolon, as the others"),
    ("November 6", "by nothing"),
])
def test_the_last_day_of_the_list(last: str, why: str) -> None:
    assert listed(ITEM.format(last=last))[-1] == "2031-11-06 09:30", why


def test_a_sentence_after_a_day_is_no_bare_day() -> None:
    """A line with words after its day is no line of only a day: the rule reads only a closing full stop."""
    text = ITEM.format(last="November 6. The hall is closed that week.")
    assert "2031-11-06 09:30" not in listed(text)

"""A sentence that opens "On the same day" tells another happening of the day, besides the one told with a time
("... the forum opens at 10.00. On the same day, 3 May, a street fair takes place at the old market."): it stays
an event of its own (world-eighteenth 10). Items in our own words."""

from __future__ import annotations

import pytest

from .conftest import listed

ITEM = """Forum on water, 3 May 2024

Source: A foreign ministry

On Friday 3 May 2024 the ministry hosts a forum on water in its main hall; it opens at 10.00.

{sentence}
"""


@pytest.mark.parametrize(("sentence", "expected", "why"), [
    ('On the same day, 3 May, "Clean Rivers", a street fair, takes place at the old market.',
     ["2024-05-03", "2024-05-03 10:00"], "another happening of that day, at another place"),
    ('That same day, 3 May, "Clean Rivers", a street fair, takes place at the old market.',
     ["2024-05-03", "2024-05-03 10:00"], "'That same day'"),
    ("Reporters may follow the forum online on 3 May.",
     ["2024-05-03 10:00"], "the forum again, without its time: one event"),
])
def test_the_same_day_opens_another_happening(sentence: str, expected: list[str], why: str) -> None:
    assert listed(ITEM.format(sentence=sentence)) == expected, why

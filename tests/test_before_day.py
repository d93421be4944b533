"""A bare weekday said to come before another happening is the last such day before the day in context, and it
leaves that day in context for what follows (world-fifteenth 6, 7). Items in our own words."""

from __future__ import annotations

from parsers.beforeday import preceded
from parsers.dates import find_mentions

from .conftest import listed

FIXTURES = """Cup ties set for the spring

Source: A hockey association

2 March 2027

The semi-finals are played on Wednesday, March 10, 2027 at the National Hockey Centre.

Ahead of the semi-finals, the two plate finals are played on Monday.
"""

DRAW = """League draw this week

Source: A rugby union

The fixture draw for the new season is made this Saturday (6 March 2027) in Suva.

The full list of entries is posted on Friday, before Saturday's draw. The draw starts at 2pm Fiji time.
"""

AFTER = """Cup ties set for the spring

Source: A hockey association

2 March 2027

The semi-finals are played on Wednesday, March 10, 2027 at the National Hockey Centre.

The final follows on Saturday at the same ground.
"""


def test_a_weekday_said_to_come_before_the_day_in_context_is_the_one_before_it() -> None:
    assert listed(FIXTURES) == ["2027-03-08", "2027-03-10"]


def test_a_day_said_to_come_before_leaves_the_day_in_context_for_a_time_said_next() -> None:
    assert "2027-03-06 14:00" in listed(DRAW)
    assert "2027-03-05 14:00" not in listed(DRAW)


def test_a_weekday_with_nothing_before_it_is_still_the_next_such_day() -> None:
    assert listed(AFTER) == ["2027-03-10", "2027-03-13"]


def test_the_weekday_that_is_preceded_and_a_time_of_the_day_are_not_before_days() -> None:
    sentence = "The list is posted on Friday, before Saturday's draw."
    friday, saturday = find_mentions(sentence)[:2]
    assert preceded(sentence, friday) == "draw"
    assert preceded(sentence, saturday) == ""
    noon = "The office closes on Friday before noon."
    assert preceded(noon, find_mentions(noon)[0]) == ""


def test_a_day_counted_back_with_its_date_is_no_before_day() -> None:
    sentence = "The day before (Monday, 22 March), both Houses sit."
    assert preceded(sentence, find_mentions(sentence)[0]) == ""


UNRELATED = """Cup ties set for the spring

Source: A hockey association

2 March 2027

The semi-finals are played on Wednesday, March 10, 2027 at the National Hockey Centre.

The coaches meet the press on Monday before training.
"""


def test_a_weekday_before_something_the_day_in_context_does_not_date_is_the_next_such_day() -> None:
    assert listed(UNRELATED) == ["2027-03-10", "2027-03-15"]

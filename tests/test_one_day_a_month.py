"""A rule that names which one day of a week or month something keeps ("meets at 6.30pm on one Friday a month",
"one Saturday per month") names no day's event: before, its time was put on the item's date as an event
(world-twentyeighth 12, a reading group's list under the post's date). Items in our own words."""

from __future__ import annotations

import pytest

from .conftest import listed

ITEM = """Book club: the next titles

Source: A language institute

Published: 2 March 2026

{rule} Come along to any session.

Next titles:
  • 13 March 2026, 6.30pm: a novel from Chile
"""


@pytest.mark.parametrize(("rule", "why"), [
    ("The club meets in our library at 6.30pm on one Friday a month.", "one Friday a month"),
    ("The group gathers at 6.30pm one Friday per month.", "per month"),
    ("Our choir sings at 7pm one evening a week.", "one evening a week"),
])
def test_a_rule_of_one_day_a_month_is_no_event(rule: str, why: str) -> None:
    assert listed(ITEM.format(rule=rule)) == ["2026-03-13 18:30"], why


def test_one_day_named_stays() -> None:
    """'one Friday in March' names no rule: what the item says of it is read as before (no change here)."""
    text = ITEM.format(rule="The club meets at 6.30pm on Friday 6 March 2026.")
    assert listed(text) == ["2026-03-06 18:30", "2026-03-13 18:30"]


def test_the_rule_then_the_next_day_it_names() -> None:
    """"Once a month the centre holds a French evening, and the next one is on 13 March 2026 at 7.30pm": the rule,
    then the one day of the series it names; before, the whole sentence was read as a rule (world-twentyeighth 4)."""
    text = ITEM.format(rule="Once a month the centre holds a French evening, and the next one is on 13 October 2026 "
                            "at 7.30pm.").replace("  • 13 March 2026, 6.30pm: a novel from Chile\n", "")
    assert listed(text) == ["2026-10-13 19:30"]


def test_a_rule_alone_stays_a_rule() -> None:
    text = ITEM.format(rule="Once a month the centre holds a French evening at 7.30pm.").replace(
        "  • 13 March 2026, 6.30pm: a novel from Chile\n", "")
    assert listed(text) == []

"""A plan told with its adverb after the verb ("Planned at first for Thursday, 9 March, the dinner will instead be
held ... on Friday, 10 March") is the day set aside, no event; the title keeps its grammar ("will instead be held" ->
"is held", not "insteads be held") (world-seventeenth 3). Items in our own words."""

from __future__ import annotations

from parsers import kinds

from .conftest import listed

NOTICE = """State dinner moved to Friday

Source: A presidency

8 March 2023

{sentence}
"""


def test_the_day_planned_at_first_is_no_event() -> None:
    text = NOTICE.format(sentence="Planned at first for Thursday, 9 March 2023, the state dinner will instead be held "
                                  "at 7:30 p.m. on Friday, 10 March 2023, at the Palace.")
    assert listed(text) == ["2023-03-10 19:30"]


def test_a_day_originally_planned_is_no_event_either() -> None:
    text = NOTICE.format(sentence="Scheduled originally for Thursday, 9 March 2023, the dinner now takes place at "
                                  "7:30 p.m. on Friday, 10 March 2023.")
    assert listed(text) == ["2023-03-10 19:30"]


def test_will_with_an_adverb_keeps_its_grammar() -> None:
    assert kinds.sentence_summary(kinds.EVENT, "The dinner will instead be held at the Palace") == \
        "Event: Dinner is held at the Palace"
    assert kinds.sentence_summary(kinds.EVENT, "The minister will formally open the bridge") == \
        "Event: Minister opens the bridge"
    assert kinds.sentence_summary(kinds.EVENT, "The board will next meet in the annex") == \
        "Event: Board meets in the annex"
    assert kinds.sentence_summary(kinds.EVENT, "The two chambers will both sit") == "Event: Two chambers both sit"

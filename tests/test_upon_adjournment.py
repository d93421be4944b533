"""A chamber's committee meets "at 8:00 a.m. or upon final adjournment" of the House: the other start is said with
the clock, and leaves the title with it. Texts of our own."""

from __future__ import annotations

import pytest

from parsers import kinds


@pytest.mark.parametrize("after", ["or upon final adjournment", "or upon adjournment of the Senate",
                                   ", or at the adjournment of the House,"])
def test_the_other_start_leaves_the_title(after: str) -> None:
    clause = f"The Committee on Finance will meet {after} in Room 2E.20 of the Capitol"
    expected = "Meeting: Committee on Finance meets in Room 2E.20 of the Capitol"
    assert kinds.sentence_summary(kinds.MEETING, clause) == expected


def test_an_adjournment_debate_keeps_its_name() -> None:
    assert "adjournment debate" in kinds.sentence_summary(kinds.MEETING, "The House holds the adjournment debate")

"""In an item that puts one plan off for good, a plan told with "was due to" whose own sentence then says it stands
("... on Friday, March 21, 2031, and will do so as planned") keeps its day. Texts in our own words (reviewer,
session 48)."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from parsers.replaced import plan_put_off


def test_a_plan_kept_in_its_own_sentence_keeps_its_day() -> None:
    text = ("Ministers' tours\n\nSource: Ministry of Transport\n\n"
            "The inspection tour of the northern roads has been put off indefinitely. The minister was due to open the "
            "new Athi River bridge on Friday, March 21, 2031, and will do so as planned.\n")
    days = [f"{e.start:%Y-%m-%d}" for e in extract(text, source="t", reference=dt.date(2031, 3, 10)).events]
    assert days == ["2031-03-21"]


def test_the_plan_alone_is_still_put_off() -> None:
    assert plan_put_off("the ministers were to tour Nakuru on Thursday, March 18, and Kisumu on Friday, March 19.",
                        "Friday, March 19")

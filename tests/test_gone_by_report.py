"""A flight gone by ("lifted off without a hitch on Feb. 1") and the day of the speaker's own earlier word ("As we
reported to the 19th committee meeting on Jan. 16, ...") are no events; the next launch in the same sentence stays
one (world-seventeenth 9). Items in our own words."""

from __future__ import annotations

from .conftest import listed

ITEM = """Space agency head's monthly briefing

Source: A space agency

Date and time: 10:00 - 10:30 a.m., March 11 (Wed.), 2026

{sentence}
"""


def test_a_launch_gone_by_is_no_event_and_the_next_one_is() -> None:
    text = ITEM.format(sentence="Rocket No. 12 lifted off without a hitch on Mar. 2, and the next rocket (No. 13) "
                                "follows on April 20.")
    assert listed(text) == ["2026-03-11 10:00", "2026-04-20"]


def test_the_day_of_an_earlier_report_is_no_event() -> None:
    text = ITEM.format(sentence="As we reported to the 7th space policy committee meeting on Feb. 20, the old "
                                "satellite should end its mission at some point in June.")
    assert listed(text) == ["2026-03-11 10:00"]


def test_a_meeting_to_come_stays_an_event() -> None:
    text = ITEM.format(sentence="We will report to the 8th space policy committee meeting on March 25.")
    assert listed(text) == ["2026-03-11 10:00", "2026-03-25"]

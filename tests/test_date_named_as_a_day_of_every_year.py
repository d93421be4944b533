"""A body naming a date as a day of every year, the date between the verb and the day's name: "UNESCO proclaimed 21
February as International Mother Language Day", "the General Assembly chose June 21 as the International Day of
Yoga". The date is a day kept every year and the sentence history, not an event (world-sixtysecond, item 11: the
resolution's June 21 published as an event); the event told beside it stays."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

LANGUAGE = ("Language day readings\n\nSource: Test\n\nIn 1999 UNESCO proclaimed 21 February as International Mother"
            " Language Day. This year the institute holds readings on 20 February 2026 at 18:00 in Dhaka.\n")
YOGA = ("Yoga day\n\nSource: Test\n\nOn December 11, 2014 the United Nations General Assembly chose June 21 as the"
        " International Day of Yoga, in a resolution co-sponsored by 177 countries.\n")
RIVERS = ("Rivers day\n\nSource: Test\n\nThe council adopted 28 September as the state's Day of Rivers. Volunteers"
          " clean the banks of the Ganga in Patna on 27 September 2026 at 7:00.\n")


VOTE = ("Final vote\n\nSource: Test\n\nThe council has chosen Friday 18 December 2026 as the day of the final vote,"
        " at 10:00 in the council chamber.\n")
CLEAN_UP = ("Clean-up\n\nSource: Test\n\nThe mayor declared Saturday 19 December 2026 as Clean-Up Day; volunteers"
            " meet at 9:00 at the town hall.\n")


@pytest.mark.parametrize(("text", "starts"), [
    # a day chosen for one happening, not an observance of every year (the reviewer's texts)
    (VOTE, [dt.datetime(2026, 12, 18, 9, 0, tzinfo=dt.UTC)]),
    (CLEAN_UP, [dt.datetime(2026, 12, 19, 8, 0, tzinfo=dt.UTC)]),
    (LANGUAGE, [dt.datetime(2026, 2, 20, 12, 0, tzinfo=dt.UTC)]),
    (YOGA, []),
    (RIVERS, [dt.datetime(2026, 9, 27, 1, 30, tzinfo=dt.UTC)]),
], ids=["vote", "clean-up", "language", "yoga", "rivers"])
def test_the_date_of_every_year_is_no_event(text: str, starts: list[dt.datetime]) -> None:
    events = extract(text, source="test", reference=dt.date(2026, 1, 1)).events
    assert [e.start.astimezone(dt.UTC) if isinstance(e.start, dt.datetime) else e.start for e in events] == starts

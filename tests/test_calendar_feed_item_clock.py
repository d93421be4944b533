"""A calendar feed's item titled by its day and time, dated by the event's start with an offset, is on that offset's
clock: "9/24/2031 1:00 PM - 4:00 PM Parks Committee" dated "Wed, 24 Sep 2031 20:00:00 GMT" starts at 20:00 UTC (the
item's clock is UTC-7), not at 1:00 PM on the calendar's zone. A title that does not open with its day and time (a
news item), an item date at no whole quarter-hour from the title's time, or at none at all, tells no clock."""

from __future__ import annotations

import datetime as dt
from email.utils import parsedate_to_datetime

import pytest

from parsers import extract_articles
from parsers.feed import feed_items, item_article
from parsers.itemclock import item_clock

UTC = dt.UTC


def _feed(*items: tuple[str, str]) -> bytes:
    entries = "".join(f"<item><title>{title}</title><link>https://district.example/e/{n}</link>"
                      f"<pubDate>{date}</pubDate></item>" for n, (title, date) in enumerate(items))
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Board calendar</title>'
            f"<link>https://district.example/</link>{entries}</channel></rss>").encode()


def _starts(data: bytes) -> list[str]:
    articles = [item_article(item, source="board") for item in feed_items(data, url="https://district.example/rss")]
    events = extract_articles(articles, reference=dt.date(2031, 9, 1), default_zone="Europe/Brussels").events
    return sorted(e.start.astimezone(UTC).isoformat() for e in events if e.is_timed)


def test_the_items_date_gives_the_clock_of_its_titles_time() -> None:
    data = _feed(("9/24/2031 1:00 PM - 4:00 PM Parks and Gardens Committee", "Wed, 24 Sep 2031 20:00:00 GMT"),
                 ("10/2/2031 3:30 PM - 5:00 PM Budget Committee", "Thu, 02 Oct 2031 22:30:00 GMT"),
                 ("Tuesday, October 14, 2031 10:00 AM Regular Board Meeting", "Tue, 14 Oct 2031 17:00:00 GMT"))
    assert _starts(data) == ["2031-09-24T20:00:00+00:00", "2031-10-02T22:30:00+00:00", "2031-10-14T17:00:00+00:00"]


def test_a_title_that_does_not_open_with_its_day_keeps_the_calendars_clock() -> None:
    data = _feed(("Parks Committee meets on 9/24/2031 at 1:00 PM", "Wed, 24 Sep 2031 20:00:00 GMT"))
    assert _starts(data) == ["2031-09-24T11:00:00+00:00"]  # 1:00 PM in Brussels


@pytest.mark.parametrize(("title", "stamp", "expected"), [
    ("9/24/2031 1:00 PM Parks Committee", dt.datetime(2031, 9, 24, 20, 0, tzinfo=UTC), ("UTC-07:00", 17)),
    ("24.09.2031 18:00 Sitzung des Rates", dt.datetime(2031, 9, 24, 16, 0, tzinfo=UTC), ("UTC+02:00", 16)),
    ("9/24/2031 1:00 PM Parks Committee", dt.datetime(2031, 9, 24, 7, 30, tzinfo=UTC), ("UTC+05:30", 17)),
    # the same wall time in GMT, a stamp at no quarter-hour, a stamp with no offset: no clock
    ("9/24/2031 1:00 PM Parks Committee", dt.datetime(2031, 9, 24, 13, 0, tzinfo=UTC), ("", 0)),
    ("9/24/2031 1:00 PM Parks Committee", dt.datetime(2031, 9, 24, 9, 13, tzinfo=UTC), ("", 0)),
    ("9/24/2031 1:00 PM Parks Committee", dt.datetime(2031, 9, 24, 20, 0), ("", 0)),  # noqa: DTZ001 (no offset)
    # a stamp days away is the day of publication, not the event's start
    ("9/24/2031 1:00 PM Parks Committee", dt.datetime(2031, 9, 20, 20, 0, tzinfo=UTC), ("", 0)),
    # no time right after the day
    ("9/24/2031 Parks Committee (1:00 PM)", dt.datetime(2031, 9, 24, 20, 0, tzinfo=UTC), ("", 0)),
])
def test_item_clock(title: str, stamp: dt.datetime, expected: tuple[str, int]) -> None:
    assert item_clock(title, stamp) == expected


@pytest.mark.parametrize("date", [
    "Wed, 24 Sep 2031 00:00:00 GMT",  # a date-only stamp: midnight says nothing of the clock
    "Wed, 24 Sep 2031 08:00:00 +0200",  # a stamp on a clock of its own: when the item was posted there
])
def test_a_stamp_that_is_no_start_gives_no_clock(date: str) -> None:
    assert item_clock("9/24/2031 1:00 PM - 4:00 PM Parks Committee", parsedate_to_datetime(date)) == ("", 0)

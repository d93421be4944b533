"""A caption with no clock of its own, closed by the clock's label in brackets ("Briefings this week (Geneva
time):", "Schedule (ET):"), names the clock of the rows below it, even where the item names a town of another clock
elsewhere. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

from .conftest import REFERENCE

ITEM = """Press briefings

Source: An international agency

{dateline}

{caption}
Tue 4 Mar   10:30   Press Room 1   Update on the vaccine campaign
Thu 6 Mar   11:00   Online         Launch of the annual report

{later}
"""


@pytest.mark.parametrize(("dateline", "caption", "later", "zone"), [
    ("Geneva, 3 March 2031", "Briefings this week (Geneva time):",
     "The Director-General then travels to New York for the Council's debate on 10 March.", "Europe/Zurich"),
    ("Washington, 3 March 2031", "Schedule (ET):",
     "The Administrator then travels to Paris for the ministerial meeting on 10 March.", "America/New_York"),
])
def test_the_rows_below_keep_the_captions_clock(dateline: str, caption: str, later: str, zone: str) -> None:
    text = ITEM.format(dateline=dateline, caption=caption, later=later)
    timed = [e for e in extract(text, source="briefings", reference=REFERENCE).events if not e.all_day]
    assert [(f"{e.start:%d %H:%M}", str(e.start.tzinfo)) for e in sorted(timed, key=lambda e: e.start)] == [
        ("04 10:30", zone), ("06 11:00", zone)]


def test_a_bracketed_word_that_is_no_clock_declares_nothing() -> None:
    from parsers.declaredzone import declared_label
    assert declared_label("Programme of the week (PDF)") is None
    assert declared_label("Opening at 10:00 (Geneva time)") is None  # a row's own label, not a caption's


@pytest.mark.parametrize(("declaration", "offset"), [
    ("All times GMT+3.", 3 * 60),
    ("All times are UTC+05:30.", 5 * 60 + 30),
    ("Programme (GMT-4):", -4 * 60),
    ("(UTC+2 unless stated)", 2 * 60),
])
def test_a_declared_offset_is_read_whole(declaration: str, offset: int) -> None:
    """'All times GMT+3': the offset, not 'GMT' alone (UTC), three hours off."""
    text = ITEM.format(dateline="3 March 2031", caption=declaration, later="")
    timed = [e for e in extract(text, source="briefings", reference=REFERENCE).events if not e.all_day]
    # (a fixed offset has no IANA zone: the instant is kept, shown in UTC)
    in_utc = sorted(e.start.astimezone(dt.UTC) for e in timed)
    assert in_utc == [dt.datetime(2031, 3, day, hour, minute, tzinfo=dt.UTC)
                      - dt.timedelta(minutes=offset) for day, hour, minute in ((4, 10, 30), (6, 11, 0))]


def test_an_offset_with_a_dotted_half_hour() -> None:
    """'All times are UTC+5.30': five hours and a half, not five."""
    text = ITEM.format(dateline="3 March 2031", caption="All times are UTC+5.30.", later="")
    timed = [e for e in extract(text, source="briefings", reference=REFERENCE).events if not e.all_day]
    assert sorted(e.start.astimezone(dt.UTC) for e in timed)[0] == dt.datetime(2031, 3, 4, 5, 0, tzinfo=dt.UTC)

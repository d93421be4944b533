"""The clock of a calendar feed's item, told by the item's own date. Pure.

Calendar feeds (a school board's, a county's, a CMS's "events" feed) title each item with the event's
day and wall time and give the event's start as the item's date, with its offset:

    <title>9/24/2024 1:00 PM - 4:00 PM Greening Schools Committee</title>
    <pubDate>Tue, 24 Sep 2024 20:00:00 GMT</pubDate>

The title names no zone and often no place, but the two together do: 1:00 PM is 20:00 GMT, so the
item's clock is UTC-7 that day. `item_clock` gives that offset as a label ("UTC-07:00"), and
`labelled` writes it after the title's time, where a zone label stands in a text ("1:00 PM - 4:00 PM
(UTC-07:00)"). Only a title that opens with its day and time is such an item (a news item's title
does not), and only a whole quarter of an hour between -12 and +14 hours is an offset. No offset
(the same wall time in GMT) says nothing: feeds that stamp local times "GMT" write exactly that.
"""

from __future__ import annotations

import datetime as dt
import re

from parsers.dates import find_mentions
from parsers.zones import offset_label

_NUMERIC_DAY = re.compile(r"\s*(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b")
# Between the day and its time: a comma, "at", "@", a dash or nothing but spaces.
_GAP = re.compile(r"[\s,@–-]*(?:at\s+)?", re.IGNORECASE)
_QUARTER = dt.timedelta(minutes=15)
_WEST, _EAST = dt.timedelta(hours=-12), dt.timedelta(hours=14)


def item_clock(title: str, stamp: dt.datetime | None) -> tuple[str, int]:
    """The offset label the item's date gives its title's leading time, and where to write it; ("", 0) if none."""
    if stamp is None or stamp.tzinfo is None or stamp.utcoffset() is None or stamp.time() == dt.time(0, 0):
        return "", 0  # (a stamp at midnight is a date-only one: "Wed, 24 Sep 2031 00:00:00 GMT" gives no clock)
    days, after = _leading_days(title)
    if not days:
        return "", 0
    gap = _GAP.match(title, after)
    clock = next((m for m in find_mentions(title) if m.kind == "time" and m.time is not None), None)
    if gap is None or clock is None or clock.start != gap.end() or clock.time is None:
        return "", 0
    utc = stamp.astimezone(dt.UTC).replace(tzinfo=None)
    offsets = {dt.datetime.combine(day, clock.time) - utc for day in days}
    # (a stamp in an offset of its own, "08:00:00 +0200", is that clock's; any other offset it implies is a
    # publication time, not the event's start)
    own = stamp.utcoffset()
    fitting = {o for o in offsets if o and _WEST <= o <= _EAST and not o % _QUARTER and (not own or o == own)}
    if len(fitting) != 1:
        return "", 0
    return offset_label(int(fitting.pop().total_seconds() // 60)), clock.end


def labelled(title: str, label: str, at: int) -> str:
    """The title with the clock label written after its time."""
    return f"{title[:at]} ({label}){title[at:]}"


def _leading_days(title: str) -> tuple[set[dt.date], int]:
    """The day(s) the title opens with (a numeric day read both ways when both are days) and where it ends."""
    numeric = _NUMERIC_DAY.match(title)
    if numeric:
        a, b, year = (int(part) for part in numeric.groups())
        days = {_day(year, a, b), _day(year, b, a)} - {None}
        return {d for d in days if d is not None}, numeric.end()
    first = next(iter(find_mentions(title)), None)
    if first is None or first.kind != "day" or title[:first.start].strip() or first.first is None:
        return set(), 0
    part = first.first
    if part.year is None or part.month is None or part.day is None or first.last is not None:
        return set(), 0
    day = _day(part.year, part.month, part.day)
    return ({day} if day else set()), first.end


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None

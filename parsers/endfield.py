"""An event's end told on a line of its own under its start ("Starts: Tue 10 Mar 2026, 18:00" over "Ends: Tue 10 Mar
2026, 20:00"): the end of the event above, not an event of its own. Pure."""

from __future__ import annotations

import datetime as dt
import re

from parsers.blocks import Block
from parsers.dates import Mention
from parsers.fieldnames import END, alternatives
from parsers.reading import Reading, resolve_part

# "Ends:", "End date:", "End time -", "Finishes:", "Bis:", "Fin :": the field of an end.
_END_FIELD = re.compile(rf"^\W*(?:{alternatives(END)})\s*(?::|[–—-](?=\s))", re.IGNORECASE)
# "Ende:" alone on its line, its day and time on the next (a card whose field names stand over their values; an event
# page's "End date" / "Einddatum en -tijd" may leave out the colon, but a lone "ENDS", "End" or "FIN" closes a release
# and the line under it, its date of issue, ends nothing)
_CLOSING_WORDS = frozenset(("end", "ends", "fin", "finish", "finishes", "finishing", "ende", "bis"))
_BARE_END_FIELD = re.compile(rf"^\W*(?:(?:{alternatives(END)})\s*:"
                             rf"|(?:{alternatives(tuple(n for n in END if n not in _CLOSING_WORDS))}))\s*$",
                             re.IGNORECASE)


def end_field(text: str) -> bool:
    """Does the line open with the field of an end ("Ends:", "End time -")?"""
    return _END_FIELD.match(text) is not None


def bare_end_field(text: str) -> bool:
    """Is the line an end's field name alone ("Ende:"), its value on the line under it?"""
    return _BARE_END_FIELD.match(text) is not None


def end_of_the_event_above(block: Block, mentions: list[Mention], context: Reading, line_above: str = "") -> bool:
    """Is the block an end's field (or the value under a bare "Ende:") whose day and time end the event just found
    above? Then that event ends there: at the line's time on its own day, or, for a day's event, on the line's later
    day."""
    if not context.findings or not mentions or (_END_FIELD.match(block.text) is None
                                                  and _BARE_END_FIELD.match(line_above) is None):
        return False
    last = context.findings[-1]
    days = [m for m in mentions if m.kind == "day" and m.first is not None]
    times = [m for m in mentions if m.kind == "time" and m.time is not None]
    if len(days) > 1 or len(times) > 1 or len(days) + len(times) != len(mentions):
        return False
    day = resolve_part(days[0].first, context, near=last.first)[0] if days and days[0].first else last.first
    end = times[0].time if times else None
    if end is not None and last.time is not None and (day == last.first and end > last.time
                                                      or day == last.first + dt.timedelta(days=1) and end <= last.time):
        last.until = end  # "Ends: Tue 10 Mar 2026, 20:00" under a start that day at 18:00 (or the next night at 02:00)
    elif not times and last.time is None and day > last.last:
        last.last = day  # "End date: 14 March 2026" under a day's event that starts on the 10th
    elif end is not None and last.time is not None and day > last.first:
        # "End Date: 2027-03-13 17:00" under a start the day before at 09:00: an end days later, which a timed event
        # of one start cannot hold; it is the event's end all the same, told in what was published, no event of its own
        pass
    else:
        return False
    last.as_published = f"{last.as_published}; {block.text.strip()}"
    context.last_item = (block.number, block.chunk)  # the entry goes on: a place line under the end is its place
    return True


def end_of_the_start_field(block: Block, mentions: list[Mention], context: Reading) -> bool:
    """Is the block an end's field of only a day ("End date: 16 June 2027") right under a start's field of only a day
    ("Start date: 14 June 2027", no event yet)? Then it says until when the event runs, and moves no day: a "Time:"
    field under them is the start day's, not the end day's."""
    return context.day_field == block.number - 1 and bool(mentions) \
        and all(m.kind == "day" and m.first is not None for m in mentions) and _END_FIELD.match(block.text) is not None

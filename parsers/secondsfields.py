"""An event page's field printed to the second: "Start Date: 2027-03-12 09:00:00", "End: 12/03/2027 4:00:00 PM",
"Hora: 2025-06-24 12:00:00.0" (a database's timestamp, its fraction of a second printed too). Pure.

A clock to the second is a database's, and in running text or atop an item it is a stamp (stamps.seconds_stamp);
no time form reads it. Under the name of a field that says when the event is, and with the seconds at zero, it is
the event's clock as the page's template printed it. "00:00:00" is the template's empty time: a day, no clock.
"""

from __future__ import annotations

import datetime as dt
import re

from parsers.datewords import ZONE_LABELS
from parsers.fieldnames import END, START, WHEN, alternatives
from parsers.mentions import Mention

# The field's name opening its line ("Start Date:", "Date:", "Ends:"), its value's day, then the clock to the
# second ending the line (a zone's label at most after it).
_FIELD = re.compile(
    rf"^[ \t]*(?i:{alternatives((*WHEN, *START, *END))})[ \t]*:[ \t]*[^\n:]{{6,40}}?[ \t,T]"
    r"(?P<clock>(?P<hour>[012]?\d):(?P<minute>[0-5]\d):00(?:\.0{1,6})?(?:[ \t]*(?P<half>[AaPp])\.?[Mm]\.?)?)"
    rf"(?:[ \t]*\(?(?P<zone>{ZONE_LABELS})\)?)?[ \t]*$",
    re.MULTILINE,
)
_NOON = 12
# A clock to the second, "14:30:00", found by its colon, which the engine skips to, the digit checked behind it: found
# where r"\d:[0-5]\d:00" finds one, at a fraction of the cost of testing every position for a digit.
_TO_THE_SECOND = re.compile(r":(?<=\d:)[0-5]\d:00")


def seconds_fields(text: str) -> list[Mention]:
    """The clocks of the when-fields of `text` printed to the second."""
    if _TO_THE_SECOND.search(text) is None:  # (most texts print no seconds: one quick look first)
        return []
    found: list[Mention] = []
    for field in _FIELD.finditer(text):
        hour, minute = int(field.group("hour")), int(field.group("minute"))
        half = (field.group("half") or "").lower()
        if half and not 1 <= hour <= _NOON or not half and hour > 23 or hour == minute == 0 and not half:
            continue  # no clock, or the template's empty time
        if half == "p" and hour < _NOON:
            hour += _NOON
        elif half == "a" and hour == _NOON:
            hour = 0
        begin, end = field.start("clock"), field.end("zone") if field.group("zone") else field.end("clock")
        found.append(Mention("time", begin, end, text[begin:end], time=dt.time(hour, minute),
                             zone=field.group("zone") or ""))
    return found

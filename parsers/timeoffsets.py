"""The page's UTC offset, told by a <time> element whose machine instant and shown clock differ. Pure.

Content systems print an event's start as the local clock ("Tue, 09/17/2031 - 10:00 AM") inside a
<time datetime="2031-09-17T15:00:00Z">: the instant in UTC. The hours between them are the offset of
the clock the page shows, which the page may state nowhere else (no town, no zone label). The shown
text gets that offset as a label, "(UTC-05:00)", which the date grammar reads as it reads one written.
"""

from __future__ import annotations

import re
from typing import Any

from parsers.mainpart import tag_of

_INSTANT = re.compile(r"\d{4}-\d\d-\d\dT(?P<h>[01]\d|2[0-3]):(?P<m>[0-5]\d)(?::\d\d(?:\.\d+)?)?"
                      r"(?P<z>Z|[+-](?:0\d|1[0-4]):?[0-5]\d)$")
_SHOWN = re.compile(r"(?<![\d.:])(?P<h>[01]?\d|2[0-3])(?:[:.](?P<m>[0-5]\d))?\s*(?P<ap>[AaPp])\.?[Mm]\b"
                    r"|(?<![\d.:])(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)(?![\d:])")
_RANGE_JOIN = re.compile(r"[-–—]|to|until|till|bis|à|a|al|tot", re.IGNORECASE)
_SPLIT_CLOCK = re.compile(r"(\d)\s+:\s+(\d)")
_DAY_MINUTES = 24 * 60
_EARLIEST, _LATEST = -12 * 60, 14 * 60  # the offsets clocks keep


def label_offsets(root: Any) -> None:
    """Append "(UTC±hh:mm)" to each <time> whose shown clock is its instant moved by a whole quarter-hour
    offset other than zero (zero says nothing: the page may print UTC, or label its local clock "Z")."""
    offsets: dict[Any, int | None] = {}
    for element in root.iter():
        if tag_of(element) == "time":
            # (the hour and the minutes may be spans of their own: "<span>6</span>:<span>00</span>" is 6:00)
            shown = _SPLIT_CLOCK.sub(r"\1:\2", " ".join(element.itertext()))
            offsets[element] = _offset(element.get("datetime") or "", shown)
    for element, offset in offsets.items():
        end = _range_end(element, offsets)
        if offset and end is not None and offsets[end] == offset:
            continue  # a start and end of one offset ("6:00 PM - 9:00 PM"): the range is labelled once, at its end
        if offset:
            sign = "-" if offset < 0 else "+"
            label = f" (UTC{sign}{abs(offset) // 60:02}:{abs(offset) % 60:02})"
            if len(element):
                last = element[-1]
                last.tail = (last.tail or "") + label
            else:
                element.text = (element.text or "") + label


def _range_end(element: Any, offsets: dict[Any, int | None]) -> Any | None:
    """The <time> ending the range `element` starts: a sibling after it, only a dash or "to" between."""
    between = element.tail or ""
    for sibling in element.itersiblings():
        if sibling in offsets:
            return sibling if _RANGE_JOIN.fullmatch(between.strip()) else None
        # (a comment or processing instruction shows nothing but its tail, and has no text_content)
        shown = sibling.text_content() if isinstance(sibling.tag, str) else ""
        between += shown + (sibling.tail or "")
    return None


def _offset(instant: str, shown: str) -> int | None:
    """Minutes the shown clock is ahead of UTC, or None when either clock is missing or they do not fit."""
    machine, clock = _INSTANT.search(instant.strip()), _SHOWN.search(shown)
    if machine is None or clock is None:
        return None
    utc = int(machine["h"]) * 60 + int(machine["m"]) - _zone_minutes(machine["z"])
    if clock["h24"]:
        local = int(clock["h24"]) * 60 + int(clock["m24"])
    else:
        hour = int(clock["h"]) % 12 + (12 if clock["ap"].lower() == "p" else 0)
        local = hour * 60 + int(clock["m"] or 0)
    difference = (local - utc) % _DAY_MINUTES
    if difference > _LATEST:
        difference -= _DAY_MINUTES
    if not _EARLIEST <= difference <= _LATEST or difference % 15:
        return None
    return difference


def _zone_minutes(zone: str) -> int:
    if zone == "Z":
        return 0
    sign = -1 if zone[0] == "-" else 1
    digits = zone[1:].replace(":", "")
    return sign * (int(digits[:2]) * 60 + int(digits[2:]))


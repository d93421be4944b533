"""Clock times as press releases write them -> `datetime.time`. Pure.

'09:15', '9.15 am', '2 p.m.', '14h30', '14 h 45', '10: 45 a. m.', '1400 hrs', '09 00 hrs', 'noon', '12 noon',
'16-00 hours', '12-00 noon', '730AM', '12NN'; '730' as the start of '730-1130AM'; '15. 00' (a stray
space after the dot) as the start of '15. 00 – 16.00'; '0900L' (aviation's local hour).
"""

from __future__ import annotations

import datetime as dt
import re

AMPM = r"[aApP]\.?\s?[mM]\b\.?"
_TIME_PARTS = re.compile(
    rf"^(?:(?P<mh>[01]\d|2[0-3]) ?(?P<mm>[0-5]\d)(?=\s*(?:hrs|hours)|l?$)"  # "1400 hrs", "09 00 hrs"
    rf"|(?P<gh>1[0-2]|0?[1-9])(?P<gm>[0-5]\d)(?=\s?[ap]|$)"
    rf"|(?P<h>2[0-3]|[01]\d|\d)(?:(?::\s?|\.\s?|h| h |[´'’]|-(?=\d\d\s*(?:hrs|hours|noon)))"  # ("14´30 horas")
    rf"(?P<m>[0-5]\d)(?::[0-5]\d)?)?)"
    rf"\s*(?P<ap>{AMPM})?",
    re.IGNORECASE,
)


def parse_clock(text: str, partner: str = "") -> dt.time:
    """'09:15', '9.15 am', '2 p.m.', '14h30', 'noon' -> a time; a bare hour borrows am/pm from `partner`."""
    words = text.lower().strip()
    if words in ("noon", "midday", "12noon", "12nn") or " ".join(words.split()) in ("12 noon", "12 nn"):
        return dt.time(12, 0)
    if words == "midnight":
        return dt.time(0, 0)
    parts = _TIME_PARTS.match(words)
    if parts is None:
        raise ValueError(f"not a time: {text!r}")
    hour = int(parts.group("mh") or parts.group("gh") or parts.group("h"))
    minute = int(parts.group("mm") or parts.group("gm") or parts.group("m") or 0)
    meridiem = parts.group("ap")
    borrowed = False
    if not meridiem and partner:
        other = _TIME_PARTS.match(partner.lower().strip())
        meridiem, borrowed = (other.group("ap") if other else None), True
    if meridiem and hour <= 12:  # "13:00 pm": the 24-hour clock wins over a stray pm
        hour = hour % 12 + (12 if meridiem.startswith("p") else 0)
        if borrowed and other is not None:
            # "from 11 to 1 p.m." runs from 11 am: a borrowed pm must not put the start after the end.
            until = parse_clock(partner)
            if dt.time(hour, minute) > until and hour >= 12:
                hour -= 12
    return dt.time(hour, minute)


_MEETING_AFTERNOON = 6  # a bare hour up to 6 is after noon: meetings are not held at 3 in the night


def said_hour(hour: int, half: str | None) -> int:
    """The hour of the day (0-23) of an hour of the clock (1-12) said in words, with the half of the day said after
    it or not ("at 3 o'clock in the afternoon", "half past ten", "seven o'clock"): without one, the hours meetings
    are held in (7 to 11 in the morning, 1 to 6 after noon); 12 is noon, midnight only if said to be at night."""
    if hour == 12:
        return 0 if half == "night" else 12
    if half in ("afternoon", "evening", "night") or half is None and hour <= _MEETING_AFTERNOON:
        return hour + 12
    return hour

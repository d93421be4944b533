"""Clock times spelled in words: "half past ten", "a quarter to three", "seven o'clock", "at seven in the evening".
Pure.

    at half past ten                  10:30
    a quarter past two                14:15   no half of the day said: the hours meetings are held in
    a quarter to one in the afternoon 12:45
    seven o'clock in the evening      19:00
    at eleven in the morning          11:00

Only the quarters and the half count minutes: "ten to four" and "twenty past" also say scores and counts ("the
motion passed ten to four"). An hour in words alone ("at seven") is no clock; it needs "o'clock", a quarter or
half, or the half of the day after it. The hour of the day is clock.said_hour's, as for "at 3 o'clock": without
the half of the day, 7 to 11 in the morning, 12 at noon, 1 to 6 after noon.
"""

from __future__ import annotations

import datetime as dt
import re

from parsers.clock import said_hour
from parsers.datewords import COUNTS, ZONE_LABELS
from parsers.gate import Gated
from parsers.mentions import Mention

HOURS = {"one": 1, **COUNTS, "ten": 10, "eleven": 11, "twelve": 12}  # datewords' counts, two to nine
HOUR_WORD = "|".join(sorted(HOURS, key=len, reverse=True))
# A numeral hour, never the start of a larger number, a share or a count ("a quarter to 3 per cent").
_HOUR = (rf"(?:{HOUR_WORD}|(?:1[0-2]|[1-9])(?![\d:.]\d)(?!\s*(?:%|per\b|percent|million|billion|thousand|times)))")
_HALF_OF_DAY = r"(?:\s+(?:in\s+the\s+)(?P<half>morning|afternoon|evening)|\s+at\s+(?P<night>night))"
_ZONE = rf"(?:\s*\(?\s*(?P<zone>{ZONE_LABELS})\b\)?)?"
# The word between the part and the hour is written small (or all in capitals): "Half Past Seven", "The Quarter to
# 3 Club" name a book or a place, and a clock read there would cut a title out of the event's name.
_SPOKEN = Gated(re.compile(
    r"\b(?:"
    rf"(?:a\s+)?(?P<part>quarter|half)\s+(?P<rel>(?-i:past|to|after|PAST|TO|AFTER))\s+(?P<h1>{_HOUR})\b(?:\s+o[’']\s?clock\b)?"
    rf"|(?P<h2>{HOUR_WORD})\s?o[’']\s?clock\b"
    rf"|(?<=\bat\s)(?P<h3>{HOUR_WORD})(?=\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b)"
    rf"){_HALF_OF_DAY}?{_ZONE}",
    re.IGNORECASE), "past", "clock", "quarter to", "quarter after", "half to", "morning", "afternoon", "evening",
    "night")
_MINUTES = {("quarter", "past"): 15, ("quarter", "after"): 15, ("half", "past"): 30, ("half", "after"): 30,
            ("quarter", "to"): -15, ("half", "to"): -30}


def spoken_mentions(text: str) -> list[Mention]:
    """The clock times spelled in words in `text`, in order, as time mentions."""
    if not _SPOKEN.could_match(text):
        return []
    found: list[Mention] = []
    for match in _SPOKEN.pattern.finditer(text):
        found.append(Mention("time", match.start(), match.end(), match.group(), time=_clock(match),
                             zone=match.group("zone") or ""))
    return found


def _clock(match: re.Match[str]) -> dt.time:
    said = match.group("h1") or match.group("h2") or match.group("h3")
    hour = int(said) if said.isdigit() else HOURS[said.lower()]
    half = (match.group("half") or match.group("night") or "").lower() or None
    minutes = said_hour(hour, half) * 60
    part, rel = (match.group("part") or "").lower(), (match.group("rel") or "").lower()
    if part:
        minutes = (minutes + _MINUTES[(part, rel)]) % (24 * 60)  # a quarter to midnight is the day before's 23:45
    return dt.time(minutes // 60, minutes % 60)

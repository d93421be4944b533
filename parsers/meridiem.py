"""Diaries on the 12-hour clock that leave out "p.m." after noon. Pure.

    12:15   Welcoming ceremony         an item whose times never pass 12:59 keeps the 12-hour clock,
    12:45   Meeting with ...           so a row whose time falls back below the afternoon row before it
    1:30    Meeting with the Premier   is in the afternoon too: 13:30, not 01:30.

An item that writes any time past 13:00 ("16:45", "17h", "22h 00") uses the 24-hour clock: there a
morning time after an afternoon one is another person's diary or the next morning, and stays as written.
"""

from __future__ import annotations

import datetime as dt
import re

from parsers.blocks import Block
from parsers.dates import Mention
from parsers.findings import Finding

# A time past 13:00 written on the 24-hour clock: "16:45", "13.30", "17h", "22h 00", "1400 hrs".
_AFTERNOON_24H = re.compile(r"(?<![\d:.,/-])(?:1[3-9]|2[0-3])(?:\s?[:.h]\s?[0-5]\d\b|h\b|[0-5]\d\s*hrs?\b)")
# A time that says its half of the day or its clock: "1:30 p.m.", "10h30", "noon".
_MARKED = re.compile(r"[ap]\.?\s?m\b|\dh|noon|midnight", re.IGNORECASE)


def twelve_hour(blocks: list[Block]) -> bool:
    """Does the item keep to the 12-hour clock (no time anywhere past 12:59 written as such)?"""
    # One search of the blocks joined by NULs, which the pattern's look-behind, `\s`, `\b` and hours read as they read
    # the start or end of a text (each block alone was first looked through character by character for a digit).
    return _AFTERNOON_24H.search("\x00".join(block.text for block in blocks)) is None


def afternoon(mention: Mention, day: dt.date, previous: Finding | None) -> dt.time | None:
    """The afternoon time an unmarked row means when it falls back below the afternoon row before it
    on the same day ("12:45" then "1:30"), else None. The caller asks only for items on the 12-hour clock."""
    time = mention.time
    if time is None or previous is None or previous.time is None or previous.first != day:
        return None
    if not 1 <= time.hour <= 11 or previous.time.hour < 12 or _MARKED.search(mention.text):
        return None
    later = time.replace(hour=time.hour + 12)
    return later if later >= previous.time else None


# A sentence that places its happening at night: "Observe the Moon Night", "Quiz Night" (a night's name), "a Saturday
# evening", "Friday night", "tonight", "at night"; not "after a night of rain", where the night is over.
# A happening of the evening by its kind counts too: "The concert begins at 7.30", "a gala dinner at 7".
_NIGHT = re.compile(r"\b(?i:evenings?|tonight|at\s+night|(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+nights?"
                    r"|concerts?|recitals?|galas?|dinners?|operas?|ballets?|cabarets?|fireworks)\b"
                    r"|\b[A-Z][\w'’-]*\s+Nights?\b")
# ... unless it says the morning too ("from 7:00 to 9:00 in the morning", "breakfast").
_MORNING = re.compile(r"\b(?:morning|mornings|breakfast|dawn|sunrise|a\.\s?m\b|am\b)", re.IGNORECASE)
# The hours an evening's happening starts at, on the 12-hour clock: 5 to 9. A night said anywhere in the sentence
# ("the evening bus service", "Twelfth Night" with its matinee) must not put a meeting at "10:00" or "11:30" at 22:00.
_EVENING_STARTS = range(5, 10)


def evening(mention: Mention, sentence: str) -> tuple[dt.time, dt.time | None] | None:
    """The evening times an unmarked clock means in a sentence about a night ("Saturday, Oct. 20 from 7:00 to
    9:00, when the observatory marks Observe the Moon Night": 19:00 to 21:00), else None. The caller asks only
    for items on the 12-hour clock; "07:00", with its leading zero, is the 24-hour clock and stays as written."""
    time, until = mention.time, mention.until
    if time is None or time.hour not in _EVENING_STARTS or _MARKED.search(mention.text):
        return None
    if re.match(r"\D{0,12}?\b0\d", mention.text) or not _NIGHT.search(sentence) or _MORNING.search(sentence):
        return None
    if until is not None and 1 <= until.hour <= 11:
        until = until.replace(hour=until.hour + 12)
    return time.replace(hour=time.hour + 12), until

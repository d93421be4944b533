"""A timetable row of consecutive slots, each a span of the clock and what fills it. Pure.

    25 April (Thursday) 10:00-13:00 Mexico 15:00-18:00 DR Congo

A treaty body's or a conference's row gives two slots (or more) of one day on one line: the first span's words end
where the next span starts, and that span is an event of its own, with the words after it. Only spans (a clock with
its end) after a span, each with a few words of a name between them and after the last: a sentence's later time
("10:00-11:00 Opening, followed by a lunch at 13:00") is the clauses' to read.

A club's or a course's row does the same with starting clocks alone, each before its name:

    Sonntags, ab 05.03.2031   10:00 Uhr Welpen 11:15 Uhr Junghunde,   Platz am Wald

(a cell's lines, run into one). Each clock must open its pair: no word of time ("at", "um", "bis", "pukul") before it,
as in "Doors 18:00, show at 19:30" or "starts at 07.30 and ends at 10.00", one event told with two times.
"""

from __future__ import annotations

import re

from parsers.mentions import Mention

# What fills a slot: a name of a few words (a country, a committee, a body and its protocol in brackets), no
# sentence's stop, semicolon or colon; a figure only inside brackets or as a word's part ("G20").
_FILLER = re.compile(r"[ \t]*[^\W\d_][\w'’&/.-]*(?:[ \t,]+(?:\([^()\n]{1,30}\)|[\w'’&/-]+))*[ \t,]*")
_MAX_FILLER = 60  # characters of a slot's words
# A word that ties a clock to the words before it: that clock is a time of theirs, not a pair's opening.
_TIME_WORD_BEFORE = re.compile(r"(?i:\b(?:at|by|from|to|until|till|around|about|um|ab|bis|gegen|ca\.?|à|vers|a|às"
                               r"|alle|hasta|desde|tot|om|van|pukul|jam)|[-–—/&+(])[ \t]*\Z")
_MAX_SLOTS = 6


def next_slots(text: str, mentions: list[Mention], used: Mention | None) -> list[tuple[int, Mention, str]]:
    """The slots after the row's first, `used`: (where each starts, its span, its words); [] for any other line."""
    if used is None:
        return []
    spans = used.until is not None
    after = [m for m in mentions if m.start >= used.end]
    if not after or len(after) > _MAX_SLOTS or any(m.kind != "time" or (m.until is not None) != spans for m in after):
        return []
    if not spans and any(not m.text[:1].isdigit() or _TIME_WORD_BEFORE.search(text, 0, m.start)
                         for m in (used, *after)):  # ("pukul 10.00", "at 7 pm": a clock said in a sentence)
        return []
    slots: list[tuple[int, Mention, str]] = []
    bounds = [used, *after]
    for number, span in enumerate(after):
        before = bounds[number]
        end = after[number + 1].start if number + 1 < len(after) else len(text)
        if not _filler(text[before.end : span.start]) or not _filler(text[span.end : end]):
            return []
        slots.append((span.start, span, text[span.end : end].strip(" \t,")))
    return slots


def _filler(words: str) -> bool:
    return len(words.strip()) <= _MAX_FILLER and _FILLER.fullmatch(words) is not None

"""A table of opening hours under its heading: "Christmas opening hours" (or an item so titled) over lines such as
"Tuesday 23 December: 11am–4pm", "Wednesday 24 December: closed", "2 January–31 May" and "1 January, 1 May and 24–25
December". Each line says when a place is open or shut, with no gathering named: none of its days or hours is an
event. Pure.

recurring.py reads a line that carries its own label ("Opening hours: Mon-Fri 9am-5pm"); here the label is a heading
and the lines under it are dates and hours alone.
"""

from __future__ import annotations

import re

from parsers.blocks import HEADING, Block
from parsers.dates import Mention
from parsers.recurring import HOURS_NAMES

# The heading: a short line naming hours a place keeps, with no colon and nothing after it ("Opening hours",
# "Christmas and New Year opening times", "Holiday opening hours of the library", "Öffnungszeiten").
_HEADING = re.compile(rf"^\W*(?:[\w'’-]+\s+){{0,4}}(?:{HOURS_NAMES}|office\s+(?:hours|times))"
                      r"(?:\s+[\w'’-]+){0,5}\W*$", re.IGNORECASE)

# What a line of the table says besides its dates and hours: open or shut, a season, the words joining dates.
_TABLE_WORDS = re.compile(
    r"(?i:closed|open|opens|shut|geschlossen|ferm[ée]e?|cerrado|daily|every|each|day|days|and|or|to|from|until"
    r"|through|except|also|only|the|museum|library|office|is|are|summer|winter|spring|autumn|christmas|easter"
    r"|new|year|holidays?|season|hours|times|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?"
    r"|sundays?|weekends?|weekdays?|am|pm|a\.m|p\.m)")
_WORD = re.compile(r"[^\W\d_]+(?:\.[^\W\d_]+)*\.?")


def _table_line(text: str, mentions: list[Mention]) -> bool:
    """A line of dates and hours, and words of being open or shut only."""
    rest = list(text)
    for mention in mentions:
        rest[mention.start : mention.end] = " " * (mention.end - mention.start)
    words = _WORD.findall("".join(rest))
    return all(_TABLE_WORDS.fullmatch(word.rstrip(".")) for word in words)


def hours_rows(title: str, blocks: list[Block], mentions_of: dict[int, list[Mention]]) -> set[int]:
    """The numbers of the blocks that are rows of a table of opening hours: under its heading (or in an item so
    titled) and before the next heading, lines of dates and hours alone."""
    rows: set[int] = set()
    under = _HEADING.match(title) is not None
    for block in blocks:
        if _HEADING.match(block.text):
            under = True
            continue
        if block.kind == HEADING and not _table_line(block.text, []):
            under = False  # "Events" after the table: its lines are a programme, not hours ("Christmas" heads hours)
            continue
        mentions = mentions_of.get(block.number, [])
        if under and mentions and _table_line(block.text, mentions):
            rows.add(block.number)
    return rows

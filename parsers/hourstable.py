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


# A list of the year's public holidays, as an office's page keeps beside its news ("Public holidays, 2025", "Bank
# holidays 2025", "Feiertage 2025", "Jours fériés", "Días feriados"): the days it is shut, no gathering, and no
# date of the item. ("Holidays 2026" alone may head a season's events, "New Year's Eve fireworks, 31 December".)
_HOLIDAYS_HEADING = re.compile(
    r"^\W*(?:(?:public|bank|national|official|legal|office)\s+holidays?|feiertage|jours\s+f[ée]ri[ée]s"
    r"|(?:d[íi]as\s+)?(?:feriados|festivos)|feriados)(?:\s*(?:,|:|-|–|in|for|of)?\s*(?:19|20)\d\d)?\W*$",
    re.IGNORECASE)
_HOLIDAY_ROW_WORDS = 8  # a holiday's name and the words joining its days ("Sinai Liberation Day | ... to ...")
_HOLIDAY_ROW_DAYS = 3  # "Revolution Day (July 23) | 7/23/2025 to 7/24/2025"
_NUMERIC_DAY = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d\d\b")


def holiday_rows(blocks: list[Block], mentions_of: dict[int, list[Mention]]) -> set[int]:
    """The numbers of the blocks that are rows of a list of public holidays: under its heading, lines of a day or two
    and a short name, up to the first line that is not one."""
    rows: set[int] = set()
    under = False
    for block in blocks:
        if _HOLIDAYS_HEADING.match(block.text):
            under = True
            continue
        mentions = mentions_of.get(block.number, [])
        if not under:
            continue
        if not (mentions or _NUMERIC_DAY.search(block.text)) or any(m.kind != "day" for m in mentions) \
                or len(mentions) > _HOLIDAY_ROW_DAYS \
                or len(_WORD.findall(_without(block.text, mentions))) > _HOLIDAY_ROW_WORDS:
            under = False  # the list ends at the first line that is no holiday's
            continue
        rows.add(block.number)  # (a row whose numeric day the grammar leaves unread, "1/7/2025", goes on the list)
    return rows


def _without(text: str, mentions: list[Mention]) -> str:
    """The line with its days blanked out."""
    rest = list(text)
    for mention in mentions:
        rest[mention.start : mention.end] = " " * (mention.end - mention.start)
    return "".join(rest)

"""A note giving the day of every row that names none lends it to those rows. Pure.

A preview of a round of games lists each with its hour only ("No. 17 Legacy (7-4) at No. 1 Cherry Creek (10-0),
7 p.m.: ..."), a few with a day of their own ("1 p.m. Saturday"), under the note "* All games Friday night unless
otherwise noted". Each row with an hour and no day is on the note's day: the weekday is written after its hour, as
the other rows give theirs, with its date when the page is dated (the first such weekday from the page's day, so
that a row after a "Saturday" row is not put a week on), and the note, which is no event, is taken out.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from model import Article
from parsers.datewords import MONTH_NAMES, WEEKDAY_NAMES
from parsers.gate import LinePattern

_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# "* All games Friday night unless otherwise noted", "All matches are played on Saturdays, unless stated otherwise"
_NOTE = re.compile(
    r"^[ \t]*[*†]*[ \t]*All\s+(?:games|matches|meetings|sessions|races|shows|concerts|performances|contests"
    r"|fixtures|hearings|classes|events)\s+(?:(?:are|will\s+be)\s+(?:played\s+|held\s+)?)?(?:on\s+)?"
    rf"(?P<day>{_WEEKDAY})s?(?:\s+(?:night|evening|afternoon|morning))?\s*,?\s*unless\s+"
    r"(?:otherwise\s+(?:noted|indicated|stated|specified|listed|shown)|(?:noted|indicated|stated|specified)"
    r"\s+otherwise)\.?[ \t]*$",
    re.IGNORECASE | re.MULTILINE)
_NOTE_LINE = LinePattern(_NOTE)
# A row's hour: "7 p.m.", "6:30 p.m.", "19:30"
_CLOCK = re.compile(r"\b\d{1,2}(?::\d\d)?\s?[ap]\.?m\.?|\b\d{1,2}:\d\d\b", re.IGNORECASE)
_ROW_REACH = 120  # characters: a row gives its hour near its start; a paragraph's clock further in is its own
# A day of its own: a weekday, a month, a date in figures, or a day named by its distance from today.
_OWN_DAY = re.compile(rf"\b(?:{_WEEKDAY}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d"
                      r"|today|tonight|tomorrow|yesterday)\b|\b\d{1,2}[./]\d{1,2}\b", re.IGNORECASE)




def lend_default_day(article: Article) -> Article:
    """`article` with each row that gives an hour and no day given the note's weekday, and the note taken out;
    itself when the body has no such note."""
    body = article.body
    if "unless" not in body:
        return article
    note = _NOTE_LINE.search(body)
    if note is None:
        return article
    day = note.group("day").capitalize()
    if article.published is not None:
        weekday = WEEKDAY_NAMES.index(day)
        when = article.published + dt.timedelta(days=(weekday - article.published.weekday()) % 7)
        day = f"{day}, {MONTH_NAMES[when.month - 1]} {when.day}"
    body = body[: note.start()] + body[note.end() :]
    lines = []
    for line in body.split("\n"):
        clock = _CLOCK.search(line, 0, _ROW_REACH)
        if clock is not None and _OWN_DAY.search(line) is None:
            line = f"{line[: clock.end()]} {day}{line[clock.end() :]}"
        lines.append(line)
    return dataclasses.replace(article, body="\n".join(lines))

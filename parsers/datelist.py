"""A list of days under one stated time. Pure.

    All meetings will be held at the Port office, beginning at 9 a.m.     the time, and what happens
    Friday, January 17                                                   then the days, each on a line
    Friday, March 21                                                     of its own, nothing else said

Each day of the list is an event at the time the sentence above gives. article.py calls this
after its walk, for the days no other rule has made an event of.
"""

from __future__ import annotations

import datetime as dt

from parsers import kinds, schedule
from parsers.blocks import PARAGRAPH, Block
from parsers.dates import Mention
from parsers.places import best_place, find_places
from parsers.reading import LOGISTICS, Reading, add, without_dates

_LEAST = 2  # days in a list: one day alone is a date heading, not a list
_Stated = tuple[Block, Mention, str]  # the sentence giving the time, its time, what happens


def _stated(block: Block, mentions: list[Mention]) -> _Stated | None:
    """A paragraph giving one time and no day, naming what happens then ("All meetings ... at 9 a.m.")."""
    if block.kind != PARAGRAPH or len(mentions) != 1 or mentions[0].kind != "time":
        return None
    kind = kinds.classify(block.text)
    if kind == kinds.EVENT or LOGISTICS.search(block.text.lower()):
        return None
    return block, mentions[0], kind


def _bare_day(block: Block, mentions: list[Mention]) -> bool:
    return (block.kind != PARAGRAPH and len(mentions) == 1 and mentions[0].kind == "day"
            and schedule.only_when(block.text, mentions))


def days_at_one_time(blocks: list[Block], mentions_of: dict[int, list[Mention]], context: Reading,
                     day: dt.date) -> None:
    """Add an event for each day of a list under a sentence that gives their time; their years are
    taken near `day` (the article's day before its lines moved it), the list being in no order."""
    stated: _Stated | None = None
    run: list[tuple[Block, Mention]] = []
    for block in [*blocks, Block(PARAGRAPH, "", -1)]:
        mentions = mentions_of.get(block.number, [])
        if stated is not None and _bare_day(block, mentions):
            run.append((block, mentions[0]))
            continue
        if stated is not None and len(run) >= _LEAST:
            context.day = day
            _add_days(stated, run, context)
        if run or mentions:
            stated, run = _stated(block, mentions), []


def _add_days(stated: _Stated, run: list[tuple[Block, Mention]], context: Reading) -> None:
    block, time, kind = stated
    taken = {f.first for f in context.findings}
    summary = kinds.sentence_summary(kind, without_dates(block.text, [time]))
    place = best_place(find_places(block.text))
    for line, day in run:
        text = f"{line.text}: {block.text}"
        shifted = day._replace(start=0, end=len(line.text))
        found = add(context, text, shifted, time, kind, summary, place, [day, time])
        if found.first in taken:
            context.findings.remove(found)  # another rule made an event of this day

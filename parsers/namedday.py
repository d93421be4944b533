"""A named day over its hours, each on a line of its own. Pure.

    Annual Public Meeting: 24 September 2020        what, a colon and its day, nothing more
    17.15 - 18.30                                    then only its hours

The two lines are one entry: what happens, on that day, at those hours (the line under the hours, if any, says
how or where). Read alone, the first line was a day-long event and the hours another entry named by the note under
them. article.py joins the two lines before reading them.
"""

from __future__ import annotations

import re

from parsers.blocks import ITEM, Block
from parsers.dates import Mention, find_mentions
from parsers.reading import Reading
from parsers.schedule import only_when

_NAME = re.compile(r"^\s*(?P<name>[A-Z][^:\n]{2,80}?)\s*:\s*$")  # "Annual Public Meeting:" before the day
# "Day 2: 11 September 2014", "Day one:": a programme's counter of its days names no entry; the hours under it are
# its first row, named by the line under them.
_DAY_COUNTER = re.compile(r"(?i:day|jour|tag|día|dia)\s+(?:\d{1,2}|one|two|three|four|five|six|seven)", re.IGNORECASE)


def named_day_over_hours(block: Block, mentions: list[Mention], mentions_of: dict[int, list[Mention]],
                         context: Reading, numeric_order: str) -> tuple[Block, list[Mention]] | None:
    """The line "NAME: DAY" and the hours on the line under it, read as one entry "DAY HOURS NAME"."""
    if len(mentions) != 1 or mentions[0].kind != "day" or mentions[0].first is None:
        return None
    day = mentions[0]
    name = _NAME.match(block.text, 0, day.start)
    if name is None or block.text[day.end :].strip(" .") or _DAY_COUNTER.fullmatch(name.group("name")):
        return None
    below = next((b for b in context.blocks if b.number == block.number + 1), None)
    hours = mentions_of.get(below.number, []) if below is not None else []
    if below is None or not hours or any(m.kind != "time" for m in hours) or not only_when(below.text, hours):
        return None
    joined = Block(ITEM, f"{day.text} {below.text.strip()} {name.group('name')}", block.number, block.chunk)
    return joined, find_mentions(joined.text, numeric_order)

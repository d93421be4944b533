"""A list of names each over its own date line, a handbook's or a programme's layout. Pure.

    Opening of the 40th session           the name of what happens,
    Tuesday 10 March 2026                 its day alone on the next line,
    General debate of the 40th session    the next name,
    Monday 16 March to Friday 20 March    its days.

A date alone on a line is mostly a heading over the entries below it; where names and date lines take turns (a date
line with a name over it, and another such pair beside it), each date belongs to the name above it.
"""

from __future__ import annotations

import itertools
import re

from parsers import documents
from parsers.blocks import ITEM, Block
from parsers.dates import Mention
from parsers.reading import Reading, blocks_by_number
from parsers.schedule import FIELD, bare

# What a line of days may hold besides its days: punctuation and the words that join them ("from", "and", "del", "y")
_JOINS = re.compile(r"^(?:[\s,;:–—.-]|\b(?:from|and|to|of|the|de|del|desde|y|e|et|le|el|los|la|du|au|und|vom|bis)\b)*$",
                    re.IGNORECASE)
_NAME_WORDS = 24  # the most words of a name line (a meeting's full name runs long)
_NAME_RUN = 2  # the most lines a name under the last date line runs on before its own date


def named_above(block: Block, mentions: list[Mention], mentions_of: dict[int, list[Mention]],
                context: Reading) -> tuple[Block, list[Mention]] | None:
    """The date line as a row that the name on the line above it ends ("Tuesday 10 March 2026 – Opening of ..."),
    where the lines of its chunk take turns of names and date lines; None otherwise."""
    if not _date_line(block.text, mentions):
        return None
    lines = blocks_by_number(context)
    above = lines.get(block.number - 1)
    if above is None or above.chunk != block.chunk or not _name_line(above, mentions_of):
        return None
    if block.chunk not in context.chunk_turns:  # (weighed once a chunk: a list of hundreds of pairs asks each line)
        context.chunk_turns[block.chunk] = _in_turns(block, lines, mentions_of)
    if not context.chunk_turns[block.chunk]:
        return None
    # read as a list's row, its date first ("Tuesday 10 March 2026 – Opening of the session"): an entry, no heading
    return Block(ITEM, f"{block.text.rstrip()} – {above.text.strip(' -–—•*')}", block.number, block.chunk), mentions


def _in_turns(block: Block, lines: dict[int, Block], mentions_of: dict[int, list[Mention]]) -> bool:
    """Do the chunk's date lines (two or more) each stand under a name, with only a name or two between them?
    (Day headings have their entries between them, rows with times, and under the last of them; a date line that
    opens the chunk has none above.)"""
    chunk = sorted((b for b in lines.values() if b.chunk == block.chunk), key=lambda b: b.number)
    dated = [i for i, b in enumerate(chunk) if _date_line(b.text, mentions_of.get(b.number, []))]
    if len(dated) < 2:
        return False
    for i in dated:
        if i == 0 or not _name_line(chunk[i - 1], mentions_of) or i - 1 in dated:
            return False
    for first, second in itertools.pairwise(dated):
        # (a day heading's entries, rows with their times, stand between its date lines; names stand alone)
        if second - first - 1 > _NAME_RUN or not all(_name_line(b, mentions_of) for b in chunk[first + 1 : second]):
            return False
    last = dated[-1]
    # (a name under the last date line that a dated line follows closely names that line's entry, not the date's)
    return last + 1 == len(chunk) or not _name_line(chunk[last + 1], mentions_of) \
        or any(mentions_of.get(b.number) for b in chunk[last + 2 : last + 2 + _NAME_RUN])


def _date_line(text: str, mentions: list[Mention]) -> bool:
    """A line that is only a day or a run of days, no time ("Lunes 19 de septiembre de 2016", "Del martes 20 al
    sábado 24 de septiembre, y el lunes 26 de septiembre de 2016")."""
    # ("7 July 2013:" over "Position papers due": a colon hands the date to the line below)
    return bool(mentions) and all(m.kind != "time" for m in mentions) and not text.rstrip().endswith(":") \
        and _JOINS.match(bare(text, mentions)) is not None


def _name_line(line: Block, mentions_of: dict[int, list[Mention]]) -> bool:
    """A line with no date of its own that may name an entry: short, no sentence's or field's end, no field."""
    text = line.text.strip(" -–—•*")
    # (not a file's name with its type and size, "Call for candidates - PDF, 836.38 KB, English": a documents list,
    # each file's date the day it was posted)
    return not mentions_of.get(line.number) and 1 < len(text.split()) <= _NAME_WORDS \
        and not text.endswith((".", ":", ";", ",")) and FIELD.match(text) is None and not documents.file_row(text)

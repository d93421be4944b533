"""A table whose header row names its columns ("Date | Venue | Time", "Date   Location   Time") with one column of
where and none of what: the words a row has besides its day and time are its cell under "Venue", where the row's
event is, not what it is; what it is, the caption above the table says ("The Committee will hold public hearings
as follows:"). Pure."""

from __future__ import annotations

import re

from parsers.blocks import Block, first_of_chunk
from parsers.fieldnames import TIME, WHEN, WHERE, alternatives

_WHEN_NAMES = (*WHEN, *TIME, "day", "days", "dates")
# A header row of field names only, parted by bars, tabs or spaces (a page's table cells are read with a wide gap,
# which the lines' spaces are collapsed from).
_NAME = alternatives((*_WHEN_NAMES, *WHERE))
_HEADER = re.compile(rf"[\s|]*(?:{_NAME})(?:[\s|]+(?:{_NAME}))+[\s|:]*", re.IGNORECASE)
_WHERE = re.compile(rf"(?<!\w)(?:{alternatives(WHERE)})(?!\w)", re.IGNORECASE)
_HEADER_LENGTH = 60  # characters: a header row is a few names


def header_row(text: str) -> bool:
    """Is `text` a table's header row with one column of where ("Date | Venue | Time")? No caption of its rows."""
    return len(text) < _HEADER_LENGTH and _HEADER.fullmatch(text) is not None and len(_WHERE.findall(text)) == 1


def under_a_venue_heading(block: Block, blocks: list[Block]) -> bool:
    """Is `block` a row of a table whose header row, the first line of the run of lines it is in, names one column of
    where and, besides, only columns of when? (A second table under its own header, "Date | Event | Venue", is not.)"""
    first = first_of_chunk(blocks, block.chunk)
    return first is not None and first.number < block.number and header_row(first.text)

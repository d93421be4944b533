"""How a block of text reads inside a list of meetings: a body's standing time, and a row of the list."""

from __future__ import annotations

import re

from parsers.blocks import ITEM, PARAGRAPH, Block
from parsers.dates import Mention

# A body's regular meetings at a standing time: "meets at 6:30 p.m. on the fourth Monday of each month".
_STANDING = re.compile(r"\b(?:meets|meet|convenes?|are held|is held)\b[^;\n]{0,80}\b(?:each|every|monthly)\b")
_ROW = 200  # characters: a row of a list of meetings gives its name, day and time first, then its documents


def standing_time(block: Block, mentions: list[Mention]) -> tuple[bool, Mention | None]:
    """Does the paragraph tell the body's regular meetings, and at which one time (None when it gives two)?

    The dates listed below it without a time of their own are at that time."""
    text = block.text
    # (Each verb holds one of these words: most paragraphs hold none, and are spared a scan at every position.)
    if block.kind != PARAGRAPH or not ("meet" in text or "convene" in text or "held" in text) \
            or not _STANDING.search(text):
        return False, None
    times = [m for m in mentions if m.kind == "time"]
    return True, times[0] if len(times) == 1 else None


def is_meeting_row(block: Block, mentions: list[Mention]) -> bool:
    """A list line opening with a name, a day and a clock time ("Planning Commission   1/2/2023 6:00 PM   Agenda"):
    its day is its meeting's, however old beside the list's newest."""
    return block.kind == ITEM and any(m.kind == "time" and m.end <= _ROW for m in mentions) \
        and any(m.kind == "day" and m.end <= _ROW for m in mentions)

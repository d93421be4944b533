"""A programme's row whose time cell says only that it comes after the row above. Pure.

    0830 hrs – Courtesy call on the Cabinet Secretary
    Following above – Meeting with the business community     no clock of its own: that day, after the call
    1300 hrs – Press briefing at the High Commission

The row is an entry of the day in context, with no time (none is given; the one above is not its), named by what
follows its dash. article.py reads it where a line without a date or time comes under a timed row.
"""

from __future__ import annotations

import re

from parsers import kinds
from parsers.blocks import Block
from parsers.reading import Reading, add

# "Following above –", "Following –", "Thereafter:", "After the above |", "Immediately after:": the cell that stands
# where the row's time would.
_AFTER_ABOVE = re.compile(r"^\W{0,3}(?:(?:immediately\s+)?(?:following(?:\s+(?:the\s+)?above|\s+that)?"
                          r"|after(?:\s+the\s+above|\s+that|wards)?|thereafter))\s*[-–—:|]\s*(?P<what>[^\W\d].{2,})$",
                          re.IGNORECASE)
_REACH = 2  # lines from the timed row above (a venue line may stand between)
# The cell alone on its line, its row's words on the next: "Following above" / "The Prime Minister will meet ...".
_CELL_ALONE = re.compile(r"^\W{0,3}(?:immediately\s+)?(?:following(?:\s+(?:the\s+)?above)|after\s+the\s+above"
                         r"|thereafter)\s*[-–—:|]?\s*$", re.IGNORECASE)


def cell_over_its_row(block: Block, below: Block | None) -> Block | None:
    """"Following above" alone on its line and the row's words on the next, as one row's line (or None)."""
    if below is None or below.chunk != block.chunk or _CELL_ALONE.match(block.text.strip()) is None:
        return None
    # (in the cell's place: the row is as near the timed row above as the one-line form)
    return Block(block.kind, f"{block.text.strip()} – {below.text.strip()}", block.number, block.chunk)


def after_above(text: str) -> bool:
    """Does the line open with the cell that says it comes after the row above? Then its entry is another happening
    of the day, not the timed row above said again."""
    return _AFTER_ABOVE.match(text.strip()) is not None


def row_after_above(block: Block, context: Reading) -> bool:
    """Add the row's entry when it follows a timed row closely; True when the line is used up so."""
    found = _AFTER_ABOVE.match(block.text.strip())
    if found is None or context.last_item is None or not context.findings:
        return False
    number, chunk = context.last_item
    above = context.findings[-1]
    # (the row may stand in the next chunk: rows set apart by blank lines)
    if above.time is None or not 0 <= block.chunk - chunk <= 1 or block.number - number > _REACH:
        return False
    what = found.group("what").strip()
    kind = kinds.classify(what)
    add(context, block.text.strip(), None, None, kind, kinds.item_summary(kind, what), above.place, [])
    context.last_item = (block.number, block.chunk)  # a venue line under it is its own; so is the next such row
    return True

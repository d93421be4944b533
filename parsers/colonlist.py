"""The rows of a list under a timed line that ends with a colon. Pure.

    В 14:10 соберутся на свои заседания:          at 14:10 ... meet:
    - Комитет по аграрным вопросам;               each row names one of those that meet then,
    - Комитет по развитию гражданского общества.  with no time of its own

The lead line says when and the rows say who or what (they reach here as lines of their own, their marks gone): the
rows' words join the entry the lead line gave, so that it names what meets at that time, not "these committees" alone.
"""

from __future__ import annotations

import re

from parsers.blocks import ITEM, Block, numbered
from parsers.reading import Reading

# A list's row starts with words (its dash or bullet is gone by now), not a number
_ROW = re.compile(r"^\s*[^\W\d_]")
_ROWS = 12  # rows a lead line may head


def row_of_timed_lead(block: Block, context: Reading) -> bool:
    """Is `block` a row of a list under a timed line ending with a colon (with only such rows between)? Then its
    words join the entry of that line; True when used up so."""
    if not context.findings or block.kind != ITEM or _ROW.match(block.text) is None \
            or block.text.rstrip().endswith("?"):
        return False  # ("What took place?": a question heads other lines, it names nothing that meets)
    above = numbered(context.blocks, block.number - _ROWS - 1, block.number - 1)
    lead = None
    for expected, line in zip(range(block.number - 1, -1, -1), reversed(above), strict=False):
        if line.number != expected or line.chunk != block.chunk:
            return False
        if line.text.rstrip().endswith(":") or context.mentions_of.get(line.number):
            lead = line
            break
        if line.kind != ITEM or line.text.strip() not in context.findings[-1].text:
            return False  # (a row between must have joined the entry too: a line of other words ends the list)
    if lead is None or not lead.text.rstrip().endswith(":") \
            or not any(m.kind == "time" for m in context.mentions_of.get(lead.number, ())):
        return False
    last = context.findings[-1]
    words = lead.text.rstrip(" :")
    if words[-20:] not in last.text:
        return False  # (the entry last found is not the lead line's)
    last.text = f"{last.text} {block.text.strip()}"
    return True

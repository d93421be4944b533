"""A run of list lines that each give a caption, a colon and only the days of what it names ("Primera etapa, San
José (Costa Rica): 22 y 23 de mayo de 2017" / "Segunda etapa, Ciudad de Panamá: 24 al 27 de mayo de 2017", "Lima
Food Fair: 22-23 May 2017" / "Bogotá Textile Show: 24-27 May 2017"): each line is an entry of those days, named by
its caption; it does not merely say which day it is. A caption that is a field's label ("Date:", "Published:"), a
deadline's ("Closing date for entries:") or a window's bound is no entry. Pure."""

from __future__ import annotations

import re

from parsers import deadlines
from parsers.blocks import ITEM, Block, numbered
from parsers.dates import Mention
from parsers.fieldnames import ABOUT, END, WHEN, WHERE, alternatives
from parsers.reading import Reading

# "CAPTION: " opening the line (a bullet before it), the caption short and free of digits but a stage's number
_CAPTION = re.compile(r"^\W{0,3}(?P<caption>[^\W\d][^:\n]{2,80}?)\s*:\s+")
_LABEL = re.compile(rf"^(?:{alternatives((*WHEN, *ABOUT, *END, *WHERE))}"
                    r"|published|posted|updated|issued|dated|released|deadline|due|closing|opening|last\s+day"
                    r"|.*\b(?:paid|payable|payments?|dividends?)\b"  # "Final dividend paid:" a payment, no event
                    r"|(?:application|registration|submission)s?(?:\s+\w+)?|note)\b", re.IGNORECASE)


def captioned_day_row(block: Block, mentions: list[Mention], context: Reading) -> bool:
    """Is the list line "CAPTION: DAYS" (days and nothing after them), next to another such line?"""
    if block.kind != ITEM or _day_after_caption(block, mentions) is None:
        return False
    near = numbered(context.blocks, block.number - 1, block.number + 1)
    return any(other.number != block.number and other.chunk == block.chunk
               and _day_after_caption(other, context.mentions_of.get(other.number, [])) is not None for other in near)


def _day_after_caption(block: Block, mentions: list[Mention]) -> str | None:
    """The caption of a line "CAPTION: DAYS", or None."""
    if len(mentions) != 1 or mentions[0].kind not in ("day", "span"):
        return None
    found = _CAPTION.match(block.text)
    if found is None or mentions[0].start != found.end() or block.text[mentions[0].end :].strip(" .;") != "":
        return None
    caption = found.group("caption")
    if _LABEL.match(caption) or deadlines.row_deadline(caption) or deadlines.window_row(caption):
        return None
    return caption

"""A card's line in brackets that says only how a hearing is held: open or closed, the room and the link
("(Open – 11:00am ET – 2118 Rayburn/Webex)" under "Tuesday, April 20, 2021" under the hearing's title). The line
names no business; the card's first line, over its day, does. Pure."""

from __future__ import annotations

import re

from parsers.blocks import Block, numbered

# What such a line may hold once its time is taken out: an access word, a room (a number and a building, "2118
# Rayburn", "SD-G50 Dirksen", "Room 362") and a medium ("Webex", "Zoom"), joined by dashes, slashes or commas.
_PART = (r"(?:open|closed|public|in\s+camera|hybrid|virtual|in[- ]person|webex|zoom|teams|livestream"
         r"|(?:room\s+)?[A-Z]{0,3}-?[A-Z]?\d{1,4}[A-Z]?(?:\s+[A-Z][a-z]+){0,2})")
_ACCESS_LINE = re.compile(rf"\(?\s*(?i:{_PART})(?:(?:\s*(?:[–—/,|]|-\s))+\s*(?i:{_PART}))*\s*\)?")
_ACCESS_WORD = re.compile(r"(?i:\b(?:open|closed|public|in\s+camera)\b)")
_TITLE_WORDS = 25  # words of a card's first line at most


def access_only(rest: str) -> bool:
    """Does the line, its time taken out, say only open or closed, where and by what link ("Open – 2118
    Rayburn/Webex)")? It must say open or closed: a bare room is a venue row of another kind."""
    rest = rest.strip(" ,;|")
    return bool(rest) and _ACCESS_WORD.search(rest) is not None and _ACCESS_LINE.fullmatch(rest) is not None


def title_over_the_day(block: Block, blocks: list[Block], day_line: bool) -> str:
    """The card's first line when the access line stands right under a line of its day only, which stands right
    under it, in one paragraph ('' otherwise): "Hearing: ..." / "Tuesday, April 20, 2021" / "(Open – ...)"."""
    if not day_line:
        return ""
    lines = numbered(blocks, block.number - 2, block.number - 1)
    if len(lines) != 2 or lines[0].number != block.number - 2 or any(b.chunk != block.chunk for b in lines):
        return ""
    title = " ".join(lines[0].text.split())
    if not title or len(title.split()) > _TITLE_WORDS or title.endswith("."):
        return ""
    return title

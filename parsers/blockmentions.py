"""The date and time mentions of an article's blocks, found in one pass. Pure."""
from __future__ import annotations

import re

from parsers.blocks import Block
from parsers.dates import Mention, find_mentions

_BLOCK_SEPARATOR = "\n\x00\n"  # no pattern of the grammar crosses a NUL
# Between runs of lines (a blank line in the text): two NULs, so a rule can tell where a part of the text ends
# (fourdigitrows: "About the minister" and its years under a programme's rows).
_CHUNK_SEPARATOR = "\n\x00\x00\n"
# "4 November, 1875", "on 12 March 1848": a year before 1900 (which the grammar does not read) after a day: history.
# Only before punctuation or the end: "On 14 June, 1200 runners start" counts runners, "14 March 1800 GMT" is a clock.
_OLD_YEAR = re.compile(r"\s*,?\s*1[0-8]\d\d(?=\s*(?:[,.;:)]|$))(?![.,:]\d)")


def mentions_by_block(blocks: list[Block], numeric_order: str) -> dict[int, list[Mention]]:
    """The mentions of every block, found in one pass over the article (one call per block costs twice as much)."""
    separators = ["" if at == 0 else _BLOCK_SEPARATOR if block.chunk == blocks[at - 1].chunk else _CHUNK_SEPARATOR
                  for at, block in enumerate(blocks)]
    joined = "".join(separator + block.text for separator, block in zip(separators, blocks, strict=True))
    found = find_mentions(joined, numeric_order)
    by_block: dict[int, list[Mention]] = {block.number: [] for block in blocks}
    at, offset = 0, 0
    for separator, block in zip(separators, blocks, strict=True):
        offset += len(separator)
        end = offset + len(block.text)
        while at < len(found) and found[at].start < end:
            mention = found[at]
            if mention.end <= end and not _of_old_year(mention, joined):  # (a mention never spans blocks)
                by_block[block.number].append(mention.shifted(offset))
            at += 1
        offset = end
    return by_block


def _of_old_year(mention: Mention, text: str) -> bool:
    """A day without a year the grammar reads, whose year (before 1900) follows it: a date of history, no event."""
    part = mention.first
    return mention.kind == "day" and part is not None and part.year is None \
        and _OLD_YEAR.match(text, mention.end) is not None

"""Runs of day spans under a venue's caption: a mobile office's stays. Pure.

    Bell Gardens                                            the caption: where (a name, its address)
    5856 Ludell Street, Bell Gardens, CA 90201
    - De martes 3 a sábado 7                                a run of lines that give only a span of days,
    - De martes 10 a sábado 14                              each a stay there

A span alone on its line is otherwise read as a heading that dates the lines below it; in a run of two or more
such lines under a caption, nothing is below to date, and each span is the caption's own happening.
"""

from __future__ import annotations

from parsers.blocks import ITEM, Block
from parsers.dates import Mention
from parsers.entrywords import content
from parsers.reading import Reading, blocks_by_number

_CAPTION_LINES = 2  # a venue's name, and its address under it
_CAPTION_LENGTH = 120  # a caption is a short line, not a sentence


def caption_of_run(block: Block, context: Reading) -> str:
    """The caption over the run of span-only lines that `block` is one of, or "" where the block is no such line of
    a run of two or more."""
    by_number = blocks_by_number(context)
    if not _span_only(block, context.mentions_of.get(block.number, [])):
        return ""
    numbers = sorted(by_number)
    at = numbers.index(block.number) if block.number in by_number else -1
    if at < 0:
        return ""
    run, caption = 1, list[str]()
    for number in reversed(numbers[:at]):
        above, mentions = by_number[number], context.mentions_of.get(number, [])
        if not caption and _span_only(above, mentions):
            run += 1
            continue
        if mentions or len(above.text) > _CAPTION_LENGTH or above.text.rstrip().endswith("."):
            break
        caption.insert(0, above.text.strip(" :–—-•*"))
        if len(caption) == _CAPTION_LINES:
            break
    if at + 1 < len(numbers):
        below = by_number[numbers[at + 1]]
        run += _span_only(below, context.mentions_of.get(below.number, []))
    return ", ".join(caption) if caption and run >= 2 else ""


def _span_only(block: Block, mentions: list[Mention]) -> bool:
    """A list line that gives a span of days and nothing else ("- Del 3 al 7 de marzo", "- De martes 3 a sábado
    7")."""
    if block.kind != ITEM or len(mentions) != 1 or mentions[0].kind not in ("span", "monthdays"):
        return False
    mention = mentions[0]
    return not content(block.text[: mention.start] + block.text[mention.end :])

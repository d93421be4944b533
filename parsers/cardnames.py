"""What a card's time field is about when the field says only when: the line right above it, else the caption or
title over it. Pure."""

from __future__ import annotations

import re

from parsers import itinerary, kinds, schedule, timefield
from parsers.blocks import HEADING, Block, numbered, sentence_spans
from parsers.entrywords import practicality
from parsers.leadins import POINTS_AHEAD
from parsers.linklabels import read_more
from parsers.places import find_places
from parsers.reading import Reading
from parsers.schedule import ENTRY_LENGTH


def said_above(block: Block, context: Reading, named: str | None = None) -> str:
    """What a line of only a time is about when no line below says: the caption or title above it (`named`: what
    `card_named_above` gave, when asked already)."""
    if (named := card_named_above(block, context) if named is None else named):
        return named
    what = context.caption or context.title  # "Hour: 10:30 – 11:15" under a title that says what it is
    if kinds.classify(what, generic=False) == kinds.EVENT:
        # "Two online press briefings are held." over "Thursday 24 October, 10:00 CET and 16:00 CET"
        what = itinerary.announced_above(block, context.blocks) or what
    return what


# Words of a line about how the press attends, not what happens: "Open to accredited media", "Live streaming on ...",
# "Members of the media are invited to attend."
_PRESS_LINE = re.compile(r"\b(?:media|press|journalists|reporters|accredit\w*|live\s?stream\w*|streaming|webcast"
                         r"|invited)\b", re.IGNORECASE)


def card_named_above(block: Block, context: Reading) -> str:
    """A card's "Time:" field, under no caption, named by the line right above it ('' when none is)."""
    if context.caption or not timefield.is_time_field(block.text):
        return ""
    return description_above(block, context.blocks)


def description_above(block: Block, blocks: list[Block]) -> str:
    """The line right above a card's "Time:" field that says what the card is: a heading that can caption it ("PRESS
    CONFERENCES" / "Hora: 2025-06-25 10:00"), or one sentence with no date or figure of its own ("Commemoration of
    the Day of ..., with the Speaker." / "Hora: 2025-06-24 12:00"), not a field, a practicality or a line about the
    press ("Open to accredited media") nor one that points below ("Please find the programme below."). '' when
    none."""
    above = next(iter(numbered(blocks, block.number - 1, block.number - 1)), None)
    if above is None or len(above.text) > ENTRY_LENGTH or any(ch.isdigit() for ch in above.text) \
            or ":" in above.text and not schedule.names_what(above.text):
        return ""
    if _cards_open_with_their_time(above, blocks):
        return ""  # "Hora: 10:00 a.m." / "Actividad: Recorrido ..." / "Hora: 3:00 p.m.": it names the time over it
    if above.kind == HEADING:
        return schedule.caption(above.text)
    if practicality(above.text) \
            or _PRESS_LINE.search(above.text) or POINTS_AHEAD.search(above.text) \
            or len(list(sentence_spans(above.text))) != 1:
        return ""
    return above.text.strip()


def _cards_open_with_their_time(line: Block, blocks: list[Block]) -> bool:
    """Is `line` a "What:" field ("Actividad: Recorrido ...") in a run of cards of "Time:" and "What:" fields that
    opens with a "Time:" field ("Hora: 10:00 a.m." / "Actividad: ..." / "Hora: 3:00 p.m." / ...)? Then each card
    gives its time first, and the line names the time over it, not the one under it; a run that opens with a "What:"
    field gives each card's name first."""
    if not schedule.WHAT_LABEL.match(line.text):
        return False
    first = line
    for above in reversed(numbered(blocks, max(0, line.number - _CARD_RUN), line.number - 1)):
        if above.number != first.number - 1 or above.chunk != line.chunk \
                or not (schedule.WHAT_LABEL.match(above.text) or timefield.is_time_field(above.text)):
            break
        first = above
    return first is not line and timefield.is_time_field(first.text)


_CARD_RUN = 40  # lines of a run of cards looked back over
_NAME_ABOVE_WORDS = 8  # words of a heading that names a card ("Le prochain" / "conseil municipal")
_NAME_ABOVE_LINES = 2
_WORD = re.compile(r"[^\W\d_]{2,}")
# A page's link between two cards, which names none: "View details", "Add to calendar", "Back to top", "Agenda Map"
_LINK_LABEL = re.compile(rf"(?:{read_more()}|(?:view|see|show|add|share|back|download|print|subscribe|learn|get|more)\b"
                         r"|.*\b(?:map|details)$)", re.IGNORECASE)
_PLACE_SHARE = 0.8  # of a heading's letters, the share a place's name fills when the heading is the place alone


def name_above_a_dated_row(block: Block, blocks: list[Block]) -> str:
    """The heading right above a card's row that gives only its day, venue and time ("The next" / "council meeting" /
    "Monday 28 September Town Hall at 6pm"): the card's name, its lines joined, when it is short, undated and no
    sentence; '' when the row opens no paragraph or the lines above are anything else."""
    above = [b for b in numbered(blocks, block.number - _NAME_ABOVE_LINES, block.number - 1)
             if b.chunk == block.chunk - 1]
    if not above or above[-1].number != block.number - 1:
        return ""
    words = " ".join(" ".join(b.text.split()) for b in above)
    # (a name of two words or more: not a field's label, "Heure"; nor a rule of dashes or an aside in brackets,
    # "(every event in Topeka)")
    if not 2 <= len(_WORD.findall(words)) <= _NAME_ABOVE_WORDS or len(words.split()) > _NAME_ABOVE_WORDS \
            or any(ch.isdigit() or ch in ":()[]" for ch in words) or words.endswith((".", "!", "?")) \
            or schedule.venue_between(words) or practicality(words) or _PRESS_LINE.search(words) \
            or _LINK_LABEL.match(words) or schedule.PAGER_LINKS.match(words) or _place_alone(words):
        return ""
    # (the paragraph above must be the heading's own: no longer paragraph of the page's words above it)
    before = next(iter(numbered(blocks, above[0].number - 1, above[0].number - 1)), None)
    if before is not None and before.chunk == above[0].chunk:
        return ""
    return words


def _place_alone(words: str) -> bool:
    """Is the heading a place and nothing else ("New York", "Geneva, Switzerland"): where, never what?"""
    return sum(p.end - p.start for p in find_places(words)) >= _PLACE_SHARE * len(words.replace(",", ""))

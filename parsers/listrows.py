"""How a block of text reads inside a list of meetings: a body's standing time, a row of the list, and the name
under a row of cells."""

from __future__ import annotations

import re

from parsers import kinds
from parsers.blocks import ITEM, PARAGRAPH, Block, numbered, sentence_spans
from parsers.dates import Mention
from parsers.reading import Reading

# A body's regular meetings at a standing time: "meets at 6:30 p.m. on the fourth Monday of each month".
_STANDING = re.compile(r"\b(?:meets|meet|convenes?|are held|is held)\b[^;\n]{0,80}\b(?:each|every|monthly)\b")
_ROW = 200  # characters: a row of a list of meetings gives its name, day and time first, then its documents
_NAME_WORDS = 12  # a name under a row is a title, not prose
# "Contact: Joan Marsh", "Venue: Central Library": a field of a form, under a row or in it, is no entry's name
_FIELD = re.compile(r"^(?:(?:media\s+)?contacts?|venue|location|place|where|when|date|time|tel|telephone|phone|e-?mail"
                    r"|fax|website|web|rsvp|registration|register|enquiries|inquiries|information|info|admission|entry"
                    r"|tickets?|cost|price|fee|note|accreditation)\s*:", re.IGNORECASE)
_KIND_WORDS = 3  # "Talk", "Book Discussion Group": a first cell this short gives only the kind of the entry


def standing_time(block: Block, mentions: list[Mention]) -> tuple[bool, Mention | None]:
    """Does the paragraph tell the body's regular meetings, and at which one time (None when it gives two)?

    The dates listed below it without a time of their own are at that time."""
    text = block.text
    # (Each verb holds one of these words, and each match one of the words of its recurrence: most paragraphs hold
    # none, and are spared a scan at every position; "meet" alone is in most of a programme's paragraphs.)
    if block.kind != PARAGRAPH or not ("meet" in text or "convene" in text or "held" in text) \
            or not ("each" in text or "every" in text or "monthly" in text) or not _STANDING.search(text):
        return False, None
    times = [m for m in mentions if m.kind == "time"]
    return True, times[0] if len(times) == 1 else None


def is_meeting_row(block: Block, mentions: list[Mention]) -> bool:
    """A list line opening with a name, a day and a clock time ("Planning Commission   1/2/2023 6:00 PM   Agenda"):
    its day is its meeting's, however old beside the list's newest."""
    return block.kind == ITEM and any(m.kind == "time" and m.end <= _ROW for m in mentions) \
        and any(m.kind == "day" and m.end <= _ROW for m in mentions)


def untimed_row(block: Block, mentions: list[Mention], context: Reading) -> bool:
    """A row of a meetings table that gives its day but no time ("Board of Trustees   7/28/2031   Not Available"),
    beside a row of the same name with one ("Board of Trustees   7/17/2031 3:00 PM"): a meeting of that day too,
    whose time the table does not give."""
    day = next((m for m in mentions if m.kind in ("day", "span") and m.end <= _ROW), None)
    if block.kind != ITEM or day is None or any(m.kind == "time" for m in mentions):
        return False
    if day.kind == "day" and beside_a_timed_row(block, day, numbered(context.blocks, block.number - 1,
                                                                       block.number + 1)):
        return True
    return _among_named_rows(block, day, numbered(context.blocks, block.number - 2, block.number + 2),
                            context.mentions_of)


# "Estimates Committee A - Monday 5 June - Thursday 8 June 2023": a name, a dash, then the day (a weekday first).
_NAME_DASH = re.compile(r"[^\d|:\n]{3,120}?\s[–—-]\s*")
_NAMED_ROW = re.compile(r"[^\d|:\n]{3,120}?\s[–—-]\s*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+\d", re.IGNORECASE)


def _among_named_rows(block: Block, day: Mention, near: list[Block], mentions_of: dict[int, list[Mention]]) -> bool:
    """A line naming what, a dash, then its days and no time ("Estimates Committee A - Monday 5 June - Thursday 8
    June 2023"), in a run of lines of that shape that give their clock ("House of Assembly - Tuesday 20 June 2023 at
    10:00am"): an entry of the list, whose hours the list does not give (not a date line heading rows)."""
    if _NAME_DASH.fullmatch(block.text, 0, day.start) is None:
        return False
    return sum(1 for other in near if other.number != block.number and other.chunk == block.chunk
               and _NAMED_ROW.match(other.text) is not None
               and any(m.kind == "time" for m in mentions_of.get(other.number, []))) >= 2


def beside_a_timed_row(block: Block, day: Mention, near: list[Block]) -> bool:
    """Is the name before the block's `day` ("Board of Trustees   7/28/2031") that of a row next to it, in the same
    run of lines, that gives a day and a clock time ("Board of Trustees   7/17/2031 3:00 PM")?"""
    name = block.text[: day.start].strip(" |")
    if not name or len(name.split()) > _NAME_WORDS:
        return False
    return any(other.number != block.number and other.chunk == block.chunk and other.text.startswith(name)
               and _CLOCK_AFTER_DAY.match(other.text, len(name)) for other in near)


# A day in figures and a clock time after it, in a row: "7/17/2031 3:00 PM", "17.07.2031 15:00".
_CLOCK_AFTER_DAY = re.compile(r"\s*\|?\s*\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\s*,?\s*\d{1,2}[:.]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?")


def name_of_row(block: Block, context: Reading) -> bool:
    """The line right under a row of cells ("Talk | 21 April 2025, 06:30 pm | Conference Room I") says what the
    row dates: a short title names the entry (summary and text), a sentence describes it (its text). True when
    the line is used up so."""
    above = next(iter(numbered(context.blocks, block.number - 1, block.number - 1)), None)
    if above is None or above.chunk != block.chunk or " | " not in above.text or not context.findings \
            or context.findings[-1].text != above.text or _FIELD.match(block.text) or _FIELD.match(above.text):
        return False
    before = next(iter(numbered(context.blocks, above.number - 1, above.number - 1)), None)
    if before is not None and before.chunk == block.chunk and " | " in before.text:
        return False  # a table's last row ("Wed, 11th June | Nairobi | 10.00 a.m."): the line under it names no row
    last = context.findings[-1]
    text = block.text.strip()
    if len(text.split()) <= _NAME_WORDS and text[-1] not in ".;,!?" and not any(ch.isdigit() for ch in text):
        first_cell = above.text.split(" | ", 1)[0].strip()
        last.summary = kinds.item_summary(last.kind, f"{first_cell}: {text}"
                                          if len(first_cell.split()) <= _KIND_WORDS else text)
    else:
        text = text[slice(*next(iter(sentence_spans(text)), (0, len(text))))]
    last.text = f"{last.text} {text}"
    return True

"""Calendars of rows: a date line, then the names of what happens that day, one a line
("Tuesday, December 4" / "Biestek v. Berryhill (17-1184)"), in sections a heading of proceedings opens. Pure."""

from __future__ import annotations

import re

from parsers import kinds, recurring
from parsers.blocks import HEADING, Block
from parsers.reading import VENUE_LINE, Reading, add, blocks_by_number
from parsers.schedule import CAPTION_WORDS, COVERAGE, FIELD, NEXT_LINE_LIMIT, WHAT_LABEL, venue_between
from parsers.scheduleentries import PEOPLE

# Words of proceedings: a heading with one ("Oral Arguments") or a line under a row ("Grand Chamber hearing")
# says what the rows of names are.
_PROCEEDINGS = re.compile(r"\b(?:hearings?|arguments?|sittings?|debates?|trials?|fixtures|meetings?|briefings?"
                          r"|engagements|appointments)\b", re.IGNORECASE)
_ROW_LENGTH = 120


def section(block: Block, context: Reading) -> None:
    """A heading that names proceedings opens a section of dated rows; other headings and prose close it."""
    text = block.text
    if block.kind == HEADING and _PROCEEDINGS.search(text) and not any(ch.isdigit() for ch in text):
        context.section = text.strip(" :–—-")
    elif block.kind == HEADING or len(text) > NEXT_LINE_LIMIT or text.rstrip().endswith("."):
        context.section = ""


def _row(text: str) -> bool:
    """A row of a calendar: a short line of names ("Biestek v. Berryhill (17-1184)"), not a sentence or a field."""
    return (len(text) <= _ROW_LENGTH and text[:1].isupper() and not text.rstrip().endswith((".", ":", "!", "?"))
            and not FIELD.match(text) and not WHAT_LABEL.match(text) and not VENUE_LINE.match(text)
            and not COVERAGE.match(text)
            and not recurring.negated(text) and not PEOPLE.search(text))


def heads_the_next_card(block: Block, context: Reading) -> bool:
    """Is the line past a blank line after a date line the name of the next card ("Choir Evening" over "27 Sep
    2031, 8pm" in its own chunk), not an entry of the date above ("Opening Ceremony" alone under "3rd Oct (Fri)")?"""
    if context.dated_chunk == block.chunk:
        return False
    below = blocks_by_number(context).get(block.number + 1)
    return below is not None and below.chunk == block.chunk \
        and any(m.kind in ("day", "span") for m in context.mentions_of.get(below.number, []))


def calendar_row(block: Block, context: Reading) -> bool:
    """A line without a date under a date line, or under the rows below one: a row of that day's calendar.

        Tuesday, December 4                      under "Oral Arguments": each row is a hearing that day;
        Biestek v. Berryhill (17-1184)
        15 May 2024 / Semenya v. Switzerland / Grand Chamber hearing: the line under a row says what it is.

    True when the line was used up so (context.dated_finding is the row's event, for a time that follows).
    """
    if context.dated_mention is None or block.number - 1 not in (context.dated_line, context.row_at) \
            or block.number - 1 == context.dated_line and heads_the_next_card(block, context):
        return False
    text = block.text
    if not _row(text):
        return False
    kind_line = _PROCEEDINGS.search(text) is not None and len(text.split()) <= CAPTION_WORDS
    row = context.row_text if context.row_at == block.number - 1 else ""
    where = ""
    if kind_line and row:
        title = f"{text}: {row}"  # "Grand Chamber hearing: Semenya v. Switzerland (no. 10934/21)"
        context.row_text = ""
        last = context.findings[-1] if context.findings else None
        if last is not None and last is context.dated_finding and last.text.endswith(row):
            # The row was an event already, titled by its section: the line under it says better what it is.
            last.kind = kinds.classify(title)
            last.summary, last.text = kinds.item_summary(last.kind, title), title
            context.row_at = block.number
            return True
    elif row and venue_between(row) and kinds.classify(text) != kinds.EVENT:
        # "September 26-28" / "Room II" / "Youth Forum": a calendar pasted one cell a line, where before what.
        title, where = text, row
    elif kind_line or kinds.classify(text) != kinds.EVENT:
        return False
    elif context.section:
        title = f"{context.section}: {text}"
        context.row_text = text
    else:
        context.row_at, context.row_text = block.number, text  # what it is may come on the next line
        return True
    kind = kinds.classify(title)
    context.dated_finding = add(context, title, context.dated_mention, None, kind, kinds.item_summary(kind, title),
                                context.heading_place, [context.dated_mention], location=where)
    context.row_at = block.number
    context.row_days.append(context.dated_finding.first)
    return True


def after_calendar(block: Block, context: Reading) -> None:
    """A heading after a calendar of rows on several days opens a part with no day of its own: a time
    there ("Morning hearings can be watched from 2.30 p.m.") is not on the last row's day."""
    if block.number - 1 in (context.row_at, context.dated_line):
        return  # "Grand Chamber hearing" under a row is part of the calendar
    if len(set(context.row_days)) > 1:
        context.anchored = False
    context.row_days.clear()

"""What a block tells a reader about the blocks after it: a lead-in to practicalities, a dated list, a caption. Pure.

article.py reads each block, then hands it here: a heading's caption names the entries under it, a date line
dates the rows under it, "Cards can be picked up at these times:" makes the list under it practicalities.
"""

from __future__ import annotations

import re

from parsers import calendarrows, comingyear, dayheading, kinds, schedule, scheduleentries, tense
from parsers.blocks import HEADING, ITEM, PARAGRAPH, Block, numbered
from parsers.datelines import tells_a_revision
from parsers.dates import Mention
from parsers.findings import Finding
from parsers.logistics import LOGISTICS
from parsers.performances import work_and_maker
from parsers.places import best_place, find_places
from parsers.reading import VENUE_LINE, Reading, add, resolve_part
from parsers.recorded import MINUTES_HEADING

# "Meeting 112", "Meeting No. 45", "Sitting no. 7", "Séance n° 12", "Sesión 3": a meeting's number on a line of its own
_CARD_NUMBER = re.compile(r"\W*(?:meeting|session|sitting|hearing|s[ée]ance|sesi[óo]n|sessione|sitzung|r[ée]union"
                          r"|reuni[óo]n)\s+(?:no\.?\s*|nr\.?\s*|n[º°o]\.?\s*|#\s*)?\d{1,4}\W*$", re.IGNORECASE)


def remember(block: Block, mentions: list[Mention], context: Reading) -> None:
    """What a block tells about the blocks after it: a lead-in to practicalities, a dated list, a caption."""
    if block.kind != ITEM:
        # "Cards can be picked up at these times:": the list under it is practicalities, not events.
        context.practical = bool(not mentions and block.text.rstrip().endswith(":")
                                 and LOGISTICS.search(block.text.lower()))
    if not mentions and MINUTES_HEADING.search(block.text):
        context.practical = True  # "Approval of the Minutes" over "Regular Meeting of November 18, 2021"
    if not mentions and (block.kind == HEADING or block.text.rstrip().endswith(":")):
        context.coming_list = comingyear.heads_what_is_to_come(block.text)  # "Upcoming events", "Forthcoming ...:"
    if mentions:
        if block.kind != PARAGRAPH or len(block.text) <= schedule.NEXT_LINE_LIMIT:
            dayheading.heading_day(block.text, mentions, context)
            dayheading.banner(block.number, block.text, mentions, context)
        return
    if scheduleentries.fills_the_day(block.text) and _under_a_weekday(block, context):
        # "Thursday" / "All day – EU Foreign Affairs Council, Brussels": a week's diary row of the day it fills
        what = scheduleentries.without_all_day(block.text)
        kind = kinds.classify(what)
        add(context, block.text, None, None, kind, kinds.item_summary(kind, what),
            best_place(find_places(what)) or context.heading_place, [])
        return
    if context.caption and context.caption_at == block.number - 1 and _CARD_NUMBER.match(block.text):
        context.caption_at = block.number  # "Standing Committee on Finance" / "Meeting 112": the name still captions
    if block.kind == HEADING:
        dayheading.the_day(block.text, context)
        context.heading_line = (block.number, block.text)  # the caption of a date line right under it
        context.part = schedule.caption(block.text)  # "Details", "Time" head no entry of their own
    row = context.dated_finding if context.dated_line == context.dated_finding_at else None  # a diary row above
    # (a row said to fill its day heads no timed row below it: "ganztägig  Rat in Brüssel" / "18.00 Uhr  Statement")
    if context.dated_line == block.number - 1 \
            and (scheduleentries.fills_the_day(block.text) or not calendarrows.heads_the_next_card(block, context)) \
            and (row is None or scheduleentries.same_row_form(row.text, block.text)) \
            and scheduleentries.diary_entry(block, context, follows_row=row is not None) \
            and not _done_before_the_stamp(block.text, context):
        what = scheduleentries.without_all_day(block.text)
        kind = kinds.classify(what)
        context.dated_finding = add(context, block.text, context.dated_mention, None, kind,
                                    kinds.item_summary(kind, what), context.heading_place,
                                    [context.dated_mention] if context.dated_mention else [])
        if block.kind == ITEM:
            context.dated_line = context.dated_finding_at = block.number  # the next row of the day's list
        _body_over_rows(block, context)
        return
    if calendarrows.calendar_row(block, context):
        _body_over_rows(block, context)
        return
    calendarrows.section(block, context)
    if context.dated_line == block.number - 1 and not calendarrows.heads_the_next_card(block, context) \
            and scheduleentries.names_an_event(block.text) \
            and not _done_before_the_stamp(block.text, context):
        context.dated_finding = _entry_under_the_day(block, context)
        _body_over_rows(block, context)
    elif context.dated_finding is not None and context.findings[-1] is context.dated_finding \
            and schedule.address(block.text):
        # "Gov holds Executive Council Meeting" / "Robert D Ray Conference Room" / "Iowa State Capitol"
        found = context.dated_finding
        found.location = f"{found.location}, {block.text}" if found.location else block.text
    elif block.kind != PARAGRAPH and (not context.caption or schedule.names_what(block.text)
                                      or work_and_maker(block.text)) and not _value_of_a_label(block, context):
        # "WHAT: Ribbon cutting at the clinic" names the event of the "WHEN:" line below, over any caption before; so
        # does "Title | Composer" (performances.py)
        context.caption, context.caption_at = schedule.caption(block.text), block.number
        context.caption_heads_run = block.kind == HEADING
    elif block.kind == HEADING and context.caption_at == block.number - 1 and context.caption.isupper() \
            and block.text.isupper() and schedule.caption(f"{context.caption} {block.text}"):
        # "THE WHITE HOUSE" / "OPEN DATA INNOVATION SUMMIT": a title set in capitals over two lines.
        context.caption, context.caption_at = f"{context.caption} {block.text}", block.number
    elif block.kind == HEADING and context.caption_heads_run and context.caption_at == block.number - 1 \
            and schedule.BODY.search(block.text) and (nearer := schedule.caption(block.text)):
        # "General Assembly, eightieth session" / "Third Committee" over "10:00–13:00 4th meeting": the nearer
        # heading, a body's name, names the rows below it (not a table's second column head, "Deadline for papers")
        context.caption, context.caption_at = nearer, block.number
    elif block.kind == HEADING and context.caption_at is not None and block.number - context.caption_at > 1 \
            and (section := schedule.caption(block.text)):
        # "Sommer-Events" ... rows of prices ... "Öffentlicher Lauf" over dated rows: a later heading opens a section
        # of its own, and names its rows instead of the heading of a section before it.
        context.caption, context.caption_at, context.caption_heads_run = section, block.number, True
    elif block.kind == PARAGRAPH and len(block.text) > schedule.NEXT_LINE_LIMIT:
        context.caption = ""  # prose between a caption and a time: the caption was for something else
    elif context.caption and not context.caption_where and schedule.address(block.text) \
            and not tells_a_revision(block.text):  # ("(This calendar was last revised 19-October-2021, 04:22 PM)")
        context.caption_where = block.text  # "National Press Theatre, 150 Wellington Street Ottawa, ON"
    if schedule.generic(block.text):
        context.field_at = block.number
    if schedule.LOCAL_TIME.match(block.text):
        context.local_at = block.number


def _under_a_weekday(block: Block, context: Reading) -> bool:
    """Is the line above only a weekday ("Thursday"), which set the day in context?"""
    above = context.mentions_of.get(block.number - 1, [])
    return len(above) == 1 and above[0].kind == "weekday" and context.anchored \
        and any(b.number == block.number - 1 and schedule.only_when(b.text, above) for b in context.blocks)


def _body_over_rows(block: Block, context: Reading) -> None:
    """"Monday 8 June" / "Agriculture and Fisheries Council, Luxembourg" / "08:30 Arrivals" / "10:00 Beginning of
    the meeting": a body's meeting heading the day names each timed row under it, as a heading's caption does."""
    if block.kind == HEADING and schedule.BODY.search(block.text) and (caption := schedule.caption(block.text)):
        context.caption, context.caption_at, context.caption_heads_run = caption, block.number, True


def _entry_under_the_day(block: Block, context: Reading) -> Finding:
    """"06 Dec 2023" then "OHCHR Press Conference": the entry of a dated list of events without times; "Date: 14 June
    2022" then "Location: Online meeting": where the titled event is, not what it is."""
    said = [context.dated_mention] if context.dated_mention else []
    venue = VENUE_LINE.match(block.text) if context.title else None
    if venue is None:
        kind = kinds.classify(block.text)
        return add(context, block.text, context.dated_mention, None, kind, kinds.item_summary(kind, block.text),
                   context.heading_place, said)
    kind, where = kinds.classify(context.title), venue.group("venue").strip()
    return add(context, block.text, context.dated_mention, None, kind, kinds.sentence_summary(kind, context.title),
               best_place(find_places(where)) or context.heading_place, said, location=where)


def _value_of_a_label(block: Block, context: Reading) -> bool:
    """"Cost:" / "Free": the line under a field's name alone is the field's value, which names no entry below it."""
    above = numbered(context.blocks, block.number - 1, block.number - 1)
    return bool(above) and above[0].text.rstrip().endswith(":") and schedule.FIELD.match(above[0].text) is not None


def _done_before_the_stamp(entry: str, context: Reading) -> bool:
    """A diary's entry told wholly in the past under a day line before the item's stamp ("30 September" / "H.E. Dr
    Reyes joined the reception ..." in a round-up published on 4 October): what was done, no event."""
    dated = context.dated_mention
    if context.published is None or dated is None or dated.first is None or not tense.told_as_history(entry):
        return False
    return resolve_part(dated.first, context)[0] < context.published

"""A time alone on its line, waiting for the lines under it that say what happens and where. Pure.

Schedules pasted one table cell per line give "09:50 AM", then "11:45 AM" (its end), "(CET)" (its zone), a venue
cell or what happens; article.py walks the blocks and hands each block after such a time here.
"""

from __future__ import annotations

import datetime as dt
import re

from parsers import deadlines, itinerary, recurring, schedule, scheduleentries
from parsers.advisory import item
from parsers.blocks import HEADING, ITEM, Block, first_of_chunk, numbered, sentence_spans
from parsers.dates import Mention, find_mentions
from parsers.entrywords import practicality
from parsers.fieldnames import START, WHEN, alternatives, place_label
from parsers.logistics import LOGISTICS
from parsers.mentions import DayPart
from parsers.reading import VENUE_LINE, Reading, blocks_by_number

# "Time: 10h00", "Hora:": a time under the label of a card's when field
_WHEN_FIELD = re.compile(rf"^\W*(?:{alternatives(WHEN)})\s*:", re.IGNORECASE)
# ... or a start field: "Aanvang: 19.30 uur", "Start: 7.30 pm"
_WHEN_OR_START = re.compile(rf"^\W*(?:{alternatives(WHEN)}|{alternatives(START)})\s*:", re.IGNORECASE)

# A time alone on its line, its mentions, and the venue cell under it ("" when none came yet)
Pending = tuple[Block, list[Mention], str]


# "Free, no booking required", "Admission free", "Booking essential", "Tickets $10": a short line of what it costs
# to get in, under a time; it names no entry.
_ADMISSION = re.compile(r"(?i:free\b|admission\b|entry\s+(?:is\s+)?free\b|tickets?\b|bookings?\s+(?:essential|required"
                        r"|recommended)\b|no\s+booking\b|cost\b|price\b"
                        # ("Toegang gratis", "Entree: 10 euro", "Eintritt frei", "Entrée libre", "Entrada gratuita")
                        r"|toegang\b|entree\b|eintritt\b|entrée\b|entrada\b|gratis\b)(?=[^\n]{0,60}$)")

# ... but not a line that names a free thing, "free" or "gratis" before its noun ("Free yoga class for beginners",
# "Gratis workshop voor ouders"): what happens, at no cost ("Free drop in", "Free for members", "Free, no booking" cost)
_FREE_THING = re.compile(r"^\W*(?i:free|gratis|gratuit[eo]?)\s+"
                         r"(?!(?i:entry|admission|entrance|of\s+charge|toegang|entree|drop|for|to|and|with)\b)[^\W\d]")

# A request to those who come ("Please bring a press card.", "Journalists should arrive by ...", "Guests are asked to
# ..."): a sentence of what to do, not of what happens.
_ASKED = re.compile(r"\b(?:please|should|must|are\s+(?:asked|requested|reminded|advised)|need\s+to|kindly)\b",
                    re.IGNORECASE)


def flush(pending: Pending, context: Reading) -> None:
    """A time that waited for its words and got none but, maybe, its venue cell: an entry of its own."""
    start, start_mentions, venue = pending
    if not venue and _under_its_where(start, start_mentions, context):
        return  # "... Theater" / "Ort: Tom Pauls Theater" / "Zeit: 19:30 Uhr" at the item's end: the entry's time
    if not venue and _weekday_row_of_a_rule(start, start_mentions, context):
        return  # the last of weekday rows under "The committee meets weekly.": the rule's, as the rows above are
    if venue:
        start = Block(ITEM, f"{start.text} {venue}", start.number, start.chunk)
    item(start, start_mentions, context, wait=False)


def _card_ends(start: Block, block: Block, context: Reading) -> bool:
    """Is the date and time's line the last of a card whose heading names it, the block after it the heading of
    the next card, past a blank line?"""
    if block.chunk == start.chunk or block.kind != HEADING or not context.caption or context.caption_at is None \
            or context.caption_at != start.number - 1:
        return False
    above = blocks_by_number(context).get(start.number - 1)
    return above is not None and above.kind == HEADING and above.chunk == start.chunk


def _weekday_row_of_a_rule(start: Block, start_mentions: list[Mention], context: Reading) -> bool:
    """A row of a weekday and its hour and no date ("Thursday 10:00") under a line saying the rows are a rule of
    the week ("The committee meets weekly.", "every Tuesday and Thursday")."""
    if not any(m.kind == "weekday" for m in start_mentions) or any(m.kind in ("day", "span") for m in start_mentions) \
            or not any(m.kind == "time" for m in start_mentions):
        return False
    head = _above_the_run(start, context)
    return head is not None and recurring.weekly_rule(head.text)


def after_pending(pending: Pending, block: Block, mentions: list[Mention], context: Reading,
                   numeric_order: str) -> tuple[Pending | None, bool]:
    """The block after a time alone on its line: its end, what happens then, or the next entry.

    Returns what still waits, and whether the block was used up.
    """
    start, start_mentions, venue = pending
    if any(m.kind in ("day", "span") for m in start_mentions) and _card_ends(start, block, context):
        # "Organ Recital" / "20 Sep 2031, 7.30pm", then a blank line and "Lantern Exhibition" over its own date: the
        # card's name is the line above its time; the next card's is no words of this one
        flush(pending, context)
        return None, False
    if not venue and _under_its_where(start, start_mentions, context):
        # "Der Präsident besucht ..." / "Ort: Moritzburg" / "Zeit: 13:00 Uhr": the time field, under the where field
        # of the entry above, is that entry's time; what comes under it ("Samstag, 10. September 2016", "Abends
        # ...") is the next entry's
        return None, False
    in_run = context.slot_caption is not None and context.slot_next == start.number
    if in_run and not venue and not schedule.only_when(block.text, mentions) \
            and _dated_slots(start_mentions, start_mentions, context.slot_caption or ""):
        # The last of a run of dated slots ("Thursday, 10/29 at 5:30 pm" / "Zoom details are posted online."): the
        # slots above had no line saying what, so the line under it says no more of this one than of them.
        _slot(start, start_mentions, context)
        context.slot_caption = None
        return None, False
    if not venue and not mentions and _WHEN_FIELD.match(start.text) and (where := VENUE_LINE.match(block.text)) \
            and _what_field_below(block, context) and _opens_its_entry(start, context):
        # "Hora: 19:00 hrs." / "Lugar: Sala Zitarrosa." / "Programa: Concierto ...": the entry's when field, then its
        # where field; what happens is said under them, in a field of its own
        return (start, start_mentions, where.group("venue").strip()), True
    if not venue and place_label(block.text):
        # "10:00 – 12:00" / "Location" / "Town Hall, Leeds": the label says the line under it is where, not what
        context.place_label_at = block.number
        return pending, True
    if not venue and not mentions and context.place_label_at == block.number - 1:
        # ... and with no line saying what, the card is the item's (or its caption's) event, there
        what = context.caption if context.caption and context.caption_at is not None \
            and context.caption_at < start.number else context.title
        item(Block(ITEM, f"{start.text} {what}, {block.text}", start.number, start.chunk), start_mentions, context,
             wait=False)
        context.last_item = (start.number, start.chunk)
        return None, True
    if not venue and (name := _card_caption(start, block, context)):
        # "Venue: ..." / "Time: 10h00", a blank line, "Part two: ...": the next card's name, not this time's
        context.caption = name
        return _let_go(pending, context)
    if not venue and schedule.end_time_line(block.text, mentions) and all(m.until is None for m in start_mentions):
        # "09:50 AM" then "11:45 AM": the entry's start and end on lines of their own.
        joined = Block(ITEM, schedule.joined_range(start.text, block.text), start.number, start.chunk)
        return (joined, find_mentions(joined.text, numeric_order), ""), True
    if not venue and schedule.ZONE_ONLY.match(block.text):
        # "10:00" then "(CET)": the label of the time above, on a line of its own.
        labelled = Block(ITEM, f"{start.text} {block.text}", start.number, start.chunk)
        return (labelled, find_mentions(labelled.text, numeric_order), ""), True
    named = context.caption or _row_above(start, context)  # what names the entry above its time
    if not venue and schedule.venue_cell(block.text, mentions, named):
        # "12:00 pm" / "Press Briefing Room, S-237" / "Noon Briefing": the place column comes before what happens.
        return (start, start_mentions, block.text), True
    if schedule.agenda_label(block.text):
        # "3:30 p.m." / "Room 225-A" / "Orders of the Day" / "Briefing on ...": the business under the label is what
        return pending, True
    if venue and (not scheduleentries.says_what(block, mentions) and not schedule.same_time(start_mentions, mentions)
                  or any(m.kind in ("day", "span") for m in mentions)):
        # (A line with a date of its own is the next entry, not what happens at the venue above.)
        flush(pending, context)  # no words came after the venue: the entry is the time at that venue
        context.last_item = (start.number, start.chunk)
        return None, False
    above = _caption_above(start, block, start_mentions, context, numeric_order) if not venue else ""
    if above:
        # "Board meeting" / "10:00am Monday, 4 June 2018" / "Staff picnic" / "1:00pm Saturday, 9 June 2018": each
        # caption stands over its dated line, so the line under this one names the next entry, not this one.
        if not deadlines.row_deadline(above):  # "Proxy Forms must be received by" over its day: no happening
            item(Block(ITEM, f"{start.text} {above}", start.number, start.chunk), start_mentions, context, wait=False)
        context.last_item = (start.number, start.chunk)
        return None, False
    if not venue and any(m.kind == "time" for m in mentions) and LOGISTICS.search(block.text.lower()) \
            and scheduleentries.says_what(block, mentions):
        # "10:30 a.m. PST" / "Media are asked to arrive by 10:15 a.m.": what the press must do, at a time of its own,
        # not what happens at the time above, which the item's title names ("9:30" / "Registration and coffee" is
        # the programme's row, as before).
        return _let_go(pending, context)
    if not venue and _tells_other_days(block, start_mentions, mentions):
        # "Date and time: 10:00 - 10:30 a.m., March 11, 2026" over a paragraph that goes on "... the next rocket
        # follows on April 20": prose with days of its own tells its own happenings; the dated time above is the
        # item's event, named as the item names it.
        return _let_go(pending, context)
    if not venue and not mentions and _WHEN_OR_START.match(start.text) and _ADMISSION.match(block.text) \
            and not _FREE_THING.match(block.text):
        # "Aanvang: 19.30 uur" / "Toegang gratis", "Start: 7.30 pm" / "Admission free": what it costs to get in, no
        # name; the field's time is the entry the item names
        return _let_go(pending, context)
    if not venue and _WHEN_FIELD.match(start.text) and _ASKED.search(block.text) and block.text.rstrip().endswith(".") \
            and not any(m.kind == "time" for m in mentions):
        # "Time: 11:00-12:00" / "Please bring a press card.": what the press is asked to do, not what happens then;
        # the card's time is its own entry, named as the card is
        flush(pending, context)
        context.last_item = (start.number, start.chunk)
        return None, False
    if scheduleentries.says_what(block, mentions) or venue:
        # What happens, on the line under the time: its first sentence.
        what = block.text
        named = _card_heading(start, block, mentions, context) or named
        if named and (schedule.address(what) or _ADMISSION.match(what)):
            # "Audit Committee" / a date / "11:00 am - 1:00 pm" / "Campus, 5410 Lancaster Drive, ...": the caption
            # names the entry, the line under its time says where (or what it costs: "Free, no booking required");
            # so does a card's name right above its hour ("Don du sang" / "10h00" / "Espace Rameau")
            what = f"{named}, {what}"
        if len(what) > schedule.NEXT_LINE_LIMIT:
            what = block.text[slice(*next(iter(sentence_spans(block.text)), (0, len(block.text))))]
            # A caption above the time names it; the prose under it describes it.
            what = f"{context.caption}. {what}" if context.caption else what
        found = len(context.findings)
        item(Block(ITEM, f"{start.text} {what}", start.number), start_mentions, context)
        if venue and len(context.findings) > found:
            schedule.locate(context.findings[-1], venue)
        context.last_item = (block.number, block.chunk)
        return None, True
    run_head = _above_the_run(start, context)
    hours = run_head is not None and _HOURS_CAPTION.search(run_head.text) is not None
    weekly = run_head is not None and recurring.weekly_rule(run_head.text)
    if _dated_slots(start_mentions, mentions, "" if hours else context.caption, weekdays=not hours and not weekly):
        # An entry with no words of its own, followed by another entry, is left out; but a line giving a day and its
        # hour, followed by another ("Monday October 19th at 10am" / "Tuesday October 20th at 5:30 pm" under
        # "Introductory Session:"), is a list of dated slots, each one a happening, each named by the caption above.
        caption = context.slot_caption if in_run and context.slot_caption is not None \
            else context.caption or itinerary.announced_above(start, context.blocks)
        context.slot_caption, context.slot_next = caption, block.number
        _slot(start, start_mentions, context)
        context.caption = caption
    elif _weekday_alone(block.text, mentions) and _under_a_weekday_alone(start, context):
        # "Samedi" / "14h, 15h, 16h" / "Dimanche" / "14h, 15h, 16h": the hours of one day under its weekday, then the
        # next day's weekday over its own; each day's hours are entries, named as the item or its caption names them
        item(start, start_mentions, context, wait=False)
        context.last_item = (start.number, start.chunk)
    elif not schedule.only_when(block.text, mentions) or _row_of_a_table(start, start_mentions, context):
        # ("June 4, 2026 Agenda 06.04.2026" / "July 6, 2026* @ 2pm" / "August 6, 2026": a row of a table of dated
        # rows, the entry above it one too; its words, its documents, are not posted yet)
        item(start, start_mentions, context, wait=False)
        context.last_item = (start.number, start.chunk)
        context.slot_caption = None
    elif _closes_a_card(start, block, context):
        item(start, start_mentions, context, wait=False)
        context.last_item = None  # the next card's venue line is its own, not this card's
    return None, False


def _under_its_where(start: Block, start_mentions: list[Mention], context: Reading) -> bool:
    """Read a when field under an entry's where field as that entry's time (returns whether it was one): the
    time of the entry's finding, if the entry was read on its day, else an entry of the line above the where."""
    entry = _entry_above_its_where(start, start_mentions, context)
    if entry is None:
        return False
    what, where = entry
    if context.findings and context.findings[-1].text.strip().startswith(what.text.strip()[:40]):
        item(start, start_mentions, context, wait=False)  # the entry was read, on its day: this is its time
    else:
        found = len(context.findings)
        item(Block(ITEM, f"{start.text} {what.text}", start.number, start.chunk), start_mentions, context, wait=False)
        if len(context.findings) > found:
            schedule.locate(context.findings[-1], where)
    context.last_item = (start.number, start.chunk)
    return True


def _entry_above_its_where(start: Block, start_mentions: list[Mention], context: Reading) -> tuple[Block, str] | None:
    """The entry's line and its where, when the time's line is a when field ("Zeit: 13:00 Uhr") with no day of its
    own right under a where field ("Ort: Moritzburg") that itself stands under a line of words with no date or time
    (the entry's: "Der Präsident besucht ..."); else None."""
    if _WHEN_FIELD.match(start.text) is None or any(m.kind in ("day", "span") for m in start_mentions):
        return None
    lines = blocks_by_number(context)
    where, entry, below = lines.get(start.number - 1), lines.get(start.number - 2), lines.get(start.number + 1)
    if below is not None and below.chunk == start.chunk:
        return None  # "Lugar: ..." / "Hora: 10:00 a.m." / "Evento: ...": the card goes on, its time heads what follows
    if where is None or entry is None or where.chunk != start.chunk or entry.chunk != start.chunk \
            or context.mentions_of.get(where.number) \
            or context.mentions_of.get(entry.number) or not scheduleentries.says_what(entry, []) \
            or _WHEN_FIELD.match(entry.text) is not None:
        return None
    field = VENUE_LINE.match(where.text.strip())
    return (entry, field.group("venue").strip()) if field is not None else None


# "Salon du champignon – édition 2031", "Stadtfest 2031": a card's name may hold its edition's year
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _row_above(start: Block, context: Reading) -> str:
    """The name of a dated card right above its hour ("Du 24 Oct. 2031 au 24 Oct. 2031" / "Santé" / "Don du sang" /
    "10h00"), read as a row of the card's day or standing one or two lines under the card's days ("Salon du champignon
    – édition 2031", its edition's year in it); '' where no such name stands right above the time."""
    if context.row_at == start.number - 1 and context.row_text:
        return _card_name(context.row_text)
    above = blocks_by_number(context).get(start.number - 1)
    if above is None or context.dated_line is None or start.number - 1 - context.dated_line not in (1, 2) \
            or context.mentions_of.get(above.number):
        return ""
    return _card_name(above.text)


def _card_heading(start: Block, block: Block, mentions: list[Mention], context: Reading) -> str:
    """The heading opening a card whose day and hour stand on lines of their own, over its venue ("Lego Club" /
    "Kids | Free drop in" / "Saturday, March 14" / "10:00 - 11:00 am" / "Central Branch, upstairs"): the card's name,
    the venue under the hour only where, and a line of the card's terms (who for, what it costs) no name; '' when the
    line under the hour is no venue or no heading opens the card."""
    if mentions or context.dated_line != start.number - 1 or not schedule.venue_between(block.text):
        return ""
    first = first_of_chunk(context.blocks, start.chunk)
    if first is None or first.kind != HEADING or first.number >= context.dated_line:
        return ""
    between = [b.text for b in numbered(context.blocks, first.number + 1, context.dated_line - 1)]
    if not all(practicality(text) or any(_ADMISSION.match(cell.strip()) for cell in text.split("|"))
               for text in between):
        return ""  # ("Lego Club" / "Meet the builders" / the day: the line right above the day may name the card)
    return schedule.caption(first.text)


def _card_name(text: str) -> str:
    """The line as a card's name, its edition's year allowed ("Salon du champignon – édition 2031"), or ''."""
    name = text.strip()
    return name if len(name) <= schedule.ENTRY_LENGTH and schedule.caption(_YEAR.sub("", name).strip(" –—-")) else ""


def _caption_above(start: Block, block: Block, start_mentions: list[Mention], context: Reading,
                   numeric_order: str) -> str:
    """The caption right above a dated line (a day and the hour it starts) when captions and such lines alternate,
    each caption over its line: the run goes on below with a caption and a dated line, and ends with a dated line
    (a run that ends with a caption has its captions under their lines). '' otherwise."""
    if not schedule.caption(block.text):
        return ""
    lines = _Chunk(blocks_by_number(context), start.chunk)
    above = lines.get(start.number - 1)
    caption = schedule.caption(above.text) if above is not None else ""
    if not caption:
        return ""
    return caption if _run_over_lines(block.number, lines, start_mentions, context, numeric_order) else ""


class _Chunk:
    """The blocks of one chunk, by number (a view of the item's blocks, made in no time)."""

    def __init__(self, blocks: dict[int, Block], chunk: int) -> None:
        self.blocks, self.chunk = blocks, chunk

    def get(self, number: int) -> Block | None:
        block = self.blocks.get(number)
        return block if block is not None and block.chunk == self.chunk else None

    def __contains__(self, number: int) -> bool:
        return self.get(number) is not None

    def __getitem__(self, number: int) -> Block:
        block = self.get(number)
        if block is None:
            raise KeyError(number)
        return block


def _run_over_lines(number: int, lines: _Chunk, start_mentions: list[Mention], context: Reading,
                    numeric_order: str) -> bool:
    """From the caption at `number` on, do captions and dated lines alternate to the run's end, a dated line?
    (One answer for the whole run, kept for each of its captions.)"""
    seen: list[int] = []
    answer = False
    while number in lines and schedule.caption(lines[number].text):
        if number in context.caption_runs:
            answer = context.caption_runs[number]
            break
        seen.append(number)
        below = lines.get(number + 1)
        if below is None or len(below.text) > schedule.NEXT_LINE_LIMIT:
            break
        below_mentions = context.mentions_of.get(below.number)
        if below_mentions is None:
            below_mentions = find_mentions(below.text, numeric_order)
        if not (schedule.only_when(below.text, below_mentions) and _dated_slots(start_mentions, below_mentions)):
            break
        number += 2
    else:
        answer = bool(seen)  # the run ended with a dated line
    for caption_at in seen:
        context.caption_runs[caption_at] = answer
    return answer


def _let_go(pending: Pending, context: Reading) -> tuple[Pending | None, bool]:
    """The time above is an entry of its own, named as the item names it; the block under it is read on its own."""
    flush(pending, context)
    context.last_item = (pending[0].number, pending[0].chunk)
    return None, False


def _card_caption(start: Block, block: Block, context: Reading) -> str:
    """The caption opening the card whose last field is the time ("Part one: site visit" / "Date: 11 July 2018" /
    "Venue: ..." / "Time: 10h00"), when a blank line follows it: the line after the blank names the next card, not
    what happens at this time. '' otherwise."""
    if block.chunk == start.chunk or not _WHEN_FIELD.match(start.text):
        return ""
    first = first_of_chunk(context.blocks, start.chunk)
    return schedule.caption(first.text) if first is not None and first.number < start.number else ""


def _closes_a_card(start: Block, block: Block, context: Reading) -> bool:
    """Does the time close a card that opened with its date line ("Tuesday 3 February 2026" / "Parliament House,
    Canberra" / "9.00am – 12.30pm"), the next card starting after a blank line? Then it is its card's entry, though
    no line says what (times pasted one cell a paragraph, "11:15 AM" / "11:15 AM", are not)."""
    if block.chunk == start.chunk or context.dated_line is None:
        return False
    first = first_of_chunk(context.blocks, start.chunk)
    return first is not None and first.number == context.dated_line < start.number


# The field that says what happens: "Programa:", "Programme:", "Event:", "Actividad:"
_WHAT_FIELD = re.compile(r"^\W*(?:programa|programme|program|programm|what|event|evento|actividad|atividade"
                         r"|activit[ée]|tema|topic|subject|asunto|objet|thema)\s*:", re.IGNORECASE)


def _opens_its_entry(start: Block, context: Reading) -> bool:
    """Does the time field open its entry, right under the day's heading ("Miércoles 6 de julio:" / "Hora: 19:00
    hrs.")? Under a what field ("Actividad: ..." / "Hora: 9:00 a.m." / "Lugar: ...") the entry is told already, and
    the what field under its where is the next entry's."""
    by_number = blocks_by_number(context)
    above = next((by_number[n] for n in sorted(by_number, reverse=True) if n < start.number), None)
    return above is not None and any(m.kind in ("day", "weekday") for m in context.mentions_of.get(above.number, [])) \
        and _WHAT_FIELD.match(above.text) is None


def _what_field_below(block: Block, context: Reading) -> bool:
    """Is the line under `block` a field that says what happens ("Programa: Concierto ...")?"""
    by_number = blocks_by_number(context)
    below = next((by_number[n] for n in sorted(by_number) if n > block.number), None)
    return below is not None and _WHAT_FIELD.match(below.text) is not None


def _slot(start: Block, start_mentions: list[Mention], context: Reading) -> None:
    """One of a run of dated slots, named by the caption over the run."""
    if context.slot_caption is not None and context.slot_next == start.number:
        context.caption = context.slot_caption
    found = len(context.findings)
    item(start, start_mentions, context, wait=False)
    context.slotted.extend(context.findings[found:])
    context.last_item = (start.number, start.chunk)


def share_the_runs_place(context: Reading) -> None:
    """"Fri, Jul 4 2025, 11am - 3pm" ... "Fri, Aug 8 2025, 11am - 3pm" / "Location: ...": the place said under a run
    of dated slots at the same hours is each slot's, not only the last one's (each else keeps the calendar's clock)."""
    for slot in reversed(context.slotted):
        at = next((n for n, f in enumerate(context.findings) if f is slot), None)
        if slot.place is not None or at is None or at + 1 >= len(context.findings):
            continue
        after = context.findings[at + 1]
        same_hours = (after.time, after.until) == (slot.time, slot.until)
        if after.place is not None and after.place.zone_certain and same_hours and after.first > slot.first:
            slot.place, slot.location = after.place, slot.location or after.location


def _weekday_alone(text: str, mentions: list[Mention]) -> bool:
    """Is the line a weekday's name and nothing else ("Dimanche", "Sunday:"), a heading over that day's rows?"""
    return len(mentions) == 1 and mentions[0].kind == "weekday" and mentions[0].weekday is not None \
        and not text.replace(mentions[0].text, "", 1).strip(" \t:.,;–—-")


def _under_a_weekday_alone(start: Block, context: Reading) -> bool:
    """Does the waiting time's line give no day of its own, under a line that is a weekday's name alone?"""
    above = blocks_by_number(context).get(start.number - 1)
    if above is None or any(m.kind in ("day", "span", "weekday") for m in context.mentions_of.get(start.number, [])):
        return False
    return _weekday_alone(above.text, context.mentions_of.get(above.number, []))


def _row_of_a_table(start: Block, start_mentions: list[Mention], context: Reading) -> bool:
    """Is the waiting line a row of a table whose row right above it, opening with its own day, was an entry ("May 7,
    2026 Agenda 05.07.2026" over "July 6, 2026* @ 2pm")? Both rows open with their day."""
    above = blocks_by_number(context).get(start.number - 1)
    if above is None or above.kind != ITEM or start.kind != ITEM or above.chunk != start.chunk \
            or context.last_item != (above.number, above.chunk) or not start_mentions \
            or start_mentions[0].kind != "day" or start.text[: start_mentions[0].start].strip(" *•-–"):
        return False
    mentions = context.mentions_of.get(above.number, [])
    return bool(mentions) and mentions[0].kind == "day" and not above.text[: mentions[0].start].strip(" *•-–")


def _dated_slots(start_mentions: list[Mention], mentions: list[Mention], caption: str = "",
                 weekdays: bool = False) -> bool:
    """Both lines give a day of their own and the hour something starts, or the short while it lasts; not the hours
    something is open ("Wednesday, 5 December – 10:00 – 18:00" over "Thursday, 6 December – 06:00 – 22:00": a
    centre's opening hours). A range of a few hours ("Tuesday, 6 May 13:45 – 15:30" over "Thursday, 8 May 14:00 –
    15:45": a pool's or a rink's public sessions) is a session one goes to, each day's its own; so is a longer one
    under a caption that names a place, not its hours ("Canouan Health Centre" over "• Tuesday, 26th October- 9:00
    am- 7:00 pm": a day of a vaccination drive there). With `weekdays`, a weekday stands for its day ("Sittings this
    week:" over "Tuesday 10:00" and "Thursday 10:00"), where no line above says the rows are hours."""
    long_ok = bool(caption) and _HOURS_CAPTION.search(caption) is None or _weeks_apart(start_mentions, mentions)
    if long_ok and bool(caption) and all(_stay(ms) for ms in (start_mentions, mentions)):
        return True
    return all(any(m.kind == "day" and m.first is not None or weekdays and m.kind == "weekday" and m.weekday is not None
                   for m in ms)
               and any(m.kind == "time" for m in ms)
               and all(_session(m) or long_ok and m.time is not None for m in ms if m.kind == "time")
               for ms in (start_mentions, mentions))


def _stay(mentions: list[Mention]) -> bool:
    """A line that gives only a span of days, no hour ("- Del martes 3 al sábado 7" under "Bell Gardens"): a stay of
    the caption's (a mobile office's days at a venue), one of a run."""
    return len(mentions) == 1 and mentions[0].kind == "span" and mentions[0].first is not None \
        and mentions[0].last is not None


_WEEK = 7  # days


def _weeks_apart(start_mentions: list[Mention], mentions: list[Mention]) -> bool:
    """"Fri, Jul 4 2025, 11am - 3pm" over "Fri, Jul 18 2025, 11am - 3pm": the same hours on days a week or more apart
    are the dates of one recurring event (a market, a fair), however long each lasts; a place's opening hours run
    day after day."""
    days = [next((m.first for m in ms if m.kind == "day" and m.first is not None), None)
            for ms in (start_mentions, mentions)]
    hours = [next(((m.time, m.until) for m in ms if m.kind == "time"), None) for ms in (start_mentions, mentions)]
    first, second = days
    if first is None or second is None or hours[0] is None or hours[0] != hours[1]:
        return False
    year = first.year or second.year or 2000
    gap = dt.date(second.year or year, second.month, second.day) - dt.date(first.year or year, first.month, first.day)
    return gap.days >= _WEEK


def _above_the_run(start: Block, context: Reading) -> Block | None:
    """The line above the dated lines that end with this one: what they are ("Opening hours of the media centre:"
    over "Wednesday, 5 December – 10:00 – 18:00": hours; "The committee meets weekly." over "Tuesday 10:00": a
    rule of the week)."""
    by_number = blocks_by_number(context)
    number = start.number - 1
    while (above := by_number.get(number)) is not None and _dated(context.mentions_of.get(number, [])):
        number -= 1
    return above


def _dated(mentions: list[Mention]) -> bool:
    """A line of a day (or a weekday) and its hours."""
    return any(m.kind in ("day", "weekday") for m in mentions) and any(m.kind == "time" for m in mentions)


# "Opening hours of the media centre:", "Hours:", "Heures d'ouverture": a caption over the hours a place is open
_HOURS_CAPTION = re.compile(r"\b(?:hours|open(?:ing)?|horaires?|heures|öffnungszeiten|horario)\b", re.IGNORECASE)


_SESSION_MINUTES = 180  # at most three hours: a session; a longer range is a day's opening hours


def _session(mention: Mention) -> bool:
    """A start alone, or a range short enough to be one sitting rather than the hours a place is open."""
    start, until = mention.time, mention.until
    if until is None:
        return True
    if start is None:
        return False
    minutes = (until.hour * 60 + until.minute) - (start.hour * 60 + start.minute)
    return 0 < minutes <= _SESSION_MINUTES


_PROSE_END = re.compile(r"[.!?]\s*$")
_PROSE_WORDS = 8  # a sentence, not the few words of a row


def _tells_other_days(block: Block, start_mentions: list[Mention], mentions: list[Mention]) -> bool:
    """Is the block under a dated time a sentence of prose that names a later day than the time's own? (An earlier
    day is the history a notice tells, "declared on March 11, 2020", over the rows of the time's day.)"""
    if not _PROSE_END.search(block.text) or len(block.text.split()) < _PROSE_WORDS:
        return False  # a row's words under its time ("Launch of the March 20 report"), whatever day they name
    own = next((m.first for m in start_mentions if m.kind == "day" and m.first is not None), None)
    if own is None:
        return False
    # ("meet from 21 – 23 June" under "1 p.m., Tuesday 21 June": days running past the time's own are a happening
    # of their own too, the meeting whose briefing the time is)
    return any(m.kind in ("day", "span") and m.first is not None and _later(m.first, own)
               or m.kind == "span" and m.last is not None and _later(m.last, own) for m in mentions)


def _later(day: DayPart, than: DayPart) -> bool:
    year = day.year or than.year or 0
    return (year, day.month, day.day) > (than.year or year, than.month, than.day)

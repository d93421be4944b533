"""The entries of a schedule, read with what the reader keeps in mind: whether a line says what happens, where
the entry above is, the row of a table, the entries of a diary. Pure. (schedule.py tells the layouts' lines apart.)
"""

from __future__ import annotations

import re

from parsers import deadlines, kinds, recurring
from parsers.blocks import HEADING, ITEM, PARAGRAPH, Block, numbered
from parsers.dates import Mention
from parsers.fieldnames import online_where
from parsers.findings import Finding
from parsers.logistics import LOGISTICS
from parsers.placeindex import COUNTRY, REGION, Place
from parsers.places import best_place, find_places
from parsers.reading import VENUE_LINE, Reading, add, opens
from parsers.schedule import (
    COVERAGE,
    DAY_LINE,
    ENTRY_LENGTH,
    FIELD,
    NEXT_LINE_LIMIT,
    PAGER_LINKS,
    TIME_COLUMN,
    WHAT_LABEL,
    address,
    bare,
    caption,
    generic,
    listing_heading,
    only_when,
    qualified_generic,
    venue_after,
    venue_between,
)
from parsers.timefield import is_time_field

_DIARY_ENTRY = 300  # characters of a diary's entry line
# (A list row may run longer, naming everyone met: "• Werkbezoek: ... spreekt ze met A (director), B (chair), ...
# (Den Haag)" under "23 mei" in a minister's week agenda is one engagement still.)
_LISTED_ENTRY = 600
# "Attends a meeting of the Finance Council.", "Takes part in ...": a diary's entry told as a sentence that opens with
# its verb, the diarist being the subject of every line.
_ENGAGEMENT = re.compile(r"(?:Attends|Takes\s+part|Chairs|Convenes|Calls|Hosts|Meets|Visits|Presides|Receives|Addresses"
                         r"|Opens|Leads|Celebrates|Launches|Delivers|Speaks|Joins|Holds|Tours|Officiates|Participates"
                         r"|Inaugurates|Unveils|Welcomes)\b")
_LONG_ROW = 200  # characters of a line blocks.py makes a paragraph of its own
# "Press release no. (2012) 045", "Ref.: AVI-135/17": a numbered document under its date, not an engagement.
_NUMBERED = re.compile(r"\b(?:no|nr|ref)\.\s*[:(]?\s*\(?\d|\bpress\s+release\b", re.IGNORECASE)
# The opening of a list row up to its separator: a place or a name, then " - " or ": " ("IDRIJA - ").
_ROW_OPENING = re.compile(r"^[^\W\d][^.;:]{0,40}?(\s[-–—]\s|:\s)")


# A cell that only gives a length: "30 minutes", "1 hour", "90 min.", "2 hrs".
# A link's file format alone on its line ("PDF", "DOCX", "(PDF)"): the document under "Agenda" or "Minutes", no entry.
_FILE_FORMAT = re.compile(r"\W*(?:pdf|docx?|xlsx?|pptx?|rtf|odt|txt|mp3|mp4|m4a|zip)\W*", re.IGNORECASE)
_LENGTH_ONLY = re.compile(r"(?i:about\s+|approx(?:imately|\.)?\s+)?\d{1,3}(?:[.,]\d)?\s*"
                          r"(?i:minutes?|mins?\.?|hours?|hrs?\.?)")


def says_what(block: Block, mentions: list[Mention]) -> bool:
    """Can the block under a time alone on its line say what happens then? Not a field, a venue, a new entry."""
    if VENUE_LINE.match(block.text) or FIELD.match(block.text) or generic(block.text) \
            or _LENGTH_ONLY.fullmatch(block.text.strip()) or _FILE_FORMAT.fullmatch(block.text) \
            or PAGER_LINKS.match(block.text):
        # "Details" over an event page's fields names no entry; "30 minutes" is how long, not what; "Previous Repeat"
        # leads to the calendar's other events
        return False
    if block.kind == HEADING:
        return not mentions and len(block.text) <= NEXT_LINE_LIMIT
    if any(m.kind in ("day", "span") for m in mentions) and any(m.kind == "time" for m in mentions):
        return False  # "... while the guests arrive on Thursday 6 May, 7:30-9:15am.": its own day and time
    return not mentions or not opens(block.text, mentions[0])


_PLACE_SHARE = 0.6  # of a line's letters, place names fill this much in a line that only names a town


def _heads_the_next_row(block: Block, last: Finding, context: Reading) -> Place | None:
    """The town a line names alone, when a row opening with its time follows in the same chunk and the run of town
    lines and rows opened with a town line: the next stop of an itinerary, not the entry's venue, whatever its country
    ("Lisbon, Portugal" / row / "Porto, Portugal" / row); rows whose venue lines stand under them open their run with
    a row."""
    town = _town_alone(block)
    if town is None or last.place is None:
        return None
    run = numbered(context.blocks, max(0, block.number - _RUN_REACH), block.number + 1)
    below = run[-1] if run and run[-1].number == block.number + 1 and run[-1].chunk == block.chunk else None
    if below is None or not _opens_with_time(below, context):
        return None
    opening = ""
    for line in reversed([b for b in run if b.number < block.number]):
        if line.chunk != block.chunk:
            break
        if _town_alone(line) is not None:
            opening = "town"
        elif _opens_with_time(line, context):
            opening = "row"
        else:
            break
    return town if opening == "town" else None


_RUN_REACH = 40  # lines back to the opening of a run of town lines and rows


def _town_alone(block: Block) -> Place | None:
    """The town a line names and little else ("London, United Kingdom")."""
    return _town_only(block.text)


def _town_only(text: str) -> Place | None:
    named = [m for m in find_places(text) if not m.topical]
    if not named or sum(m.end - m.start for m in named) < _PLACE_SHARE * len(text.strip(" .,;:()")):
        return None
    return named[0].place


def _opens_with_time(block: Block, context: Reading) -> bool:
    """Does the line open with a clock time ("7:30 p.m. The Minister meets ...")?"""
    mentions = context.mentions_of.get(block.number, [])
    return bool(mentions) and mentions[0].kind == "time" and opens(block.text, mentions[0])


def venue_of_last(block: Block, venue: re.Match[str] | None, context: Reading) -> bool:
    """A line right under a list entry that says where it is ("Rotunda, City Hall", "Location – Sandy")
    locates that entry; True when the line is used up so."""
    if context.last_item is None or not context.findings or fills_the_day(block.text):
        return False  # ("ganztägig  Rat in Brüssel" under a timed row is a row of its own, not where that one is)
    number, chunk = context.last_item
    if block.number - number > 2 and not venue:
        return False  # a "Location:" line may follow the entry's bill list; another line must be close
    if block.chunk != chunk and not venue and not venue_between(block.text):
        return False  # "Kosovo" on its own after a list entry heads the next entries
    if context.dated_line is not None and number < context.dated_line < block.number:
        return False  # a day's line between them: the line under it is that day's, not the entry's place
    last = context.findings[-1]
    if venue is None and (block.text.count(" | ") >= 2 or not venue_after(block.text)):
        return False  # ("TBD | Billfish workshop | Dominican Republic |": a table's next row, not where the last is)
    if venue is None and (town := _heads_the_next_row(block, last, context)) is not None:
        # "Paris, France" / "11:00 a.m. ..." / "London, United Kingdom" / "7:30 p.m. ...": an itinerary's town line
        # heads the row under it, as the first did; the row above is where that one said
        context.heading_place = town
        return True
    where = venue.group("venue").strip() if venue else block.text
    if last.location and not venue:
        return False
    last.location = where
    named = best_place(find_places(where))
    if named is not None and (last.place is None or named.country == last.place.country
                              or venue is not None and last.place.kind in (COUNTRY, REGION)):
        # "Windsor Castle" under "London, United Kingdom" is not Windsor, Ontario; but a labelled venue line in a
        # town abroad ("Local: em Bruxelas, ...") locates an entry that has only a country or region, its own or the
        # item's ("Governo Regional dos Açores")
        last.place = named
    last.text = f"{last.text} {block.text}"
    if venue and not online_where(block.text):
        # a labelled location is the last word; an unlabelled venue may be corrected, and so may a platform ("Platform:
        # Zoom" over "Venue: Room 3, Palais des Nations, Geneva": the room)
        context.last_item = None
    return True


_TOWN_REST = 40  # characters of a day line's town ("Washington, D.C.")
_PLACE_WORDS = 0.6  # share of a row's own words that its town's name fills when it names no happening
_SAYS_WHAT_WORDS = 4  # words of a sentence that says what a row is
_ROW_LENGTH = 40  # characters of a row that gives only its town and clock
_CLOCK_WORDS = re.compile(r"\b\d{1,2}[:.h]\d\d\b|\b(?:horas?|hrs?|uhr)\b|\s+(?=,)", re.IGNORECASE)


def words_of_last(block: Block, context: Reading) -> bool:
    """"Oviedo, 11:00 horas." / "Lugar: Sede de Presidencia." / "El presidente recibe a ...": the sentence under a
    row, or under its labelled venue, says what the row is, where the row's own words name only its town and clock.
    True when used up so."""
    if not context.findings or VENUE_LINE.match(block.text) or FIELD.match(block.text):
        return False
    near = numbered(context.blocks, block.number - 2, block.number - 1)
    venue = VENUE_LINE.match(near[-1].text) if near and near[-1].number == block.number - 1 else None
    row = near[0] if venue is not None and len(near) == 2 else near[-1] if near and venue is None else None
    last = context.findings[-1]
    if row is None or row.number != block.number - (2 if venue else 1) or row.text not in last.text \
            or row.chunk != block.chunk \
            or len(row.text) > _ROW_LENGTH \
            or not any(m.kind == "time" for m in context.mentions_of.get(row.number, [])):
        return False  # (a row of its town and clock alone, "Oviedo, 11:00 horas.", the sentence in its chunk)
    text = block.text.strip()
    # (the row's words less its clock: "Oviedo, 11:00 horas" borrowed from the row before is only a town too)
    core = _CLOCK_WORDS.sub(" ", last.summary.split(": ", 1)[-1]).strip(" ,")
    if not text.endswith(".") or len(text.split()) < _SAYS_WHAT_WORDS or not core \
            or sum(m.end - m.start for m in find_places(core)) < _PLACE_WORDS * len(core):
        return False
    kind = kinds.classify(text)
    last.kind, last.summary, last.text = kind, kinds.item_summary(kind, text), f"{last.text} {text}"
    if venue is not None:
        last.location = last.location or venue.group("venue").strip()
    return True


# A time alone on its line, as a table's first cell pasted one cell a line gives it ("| 11:30 |", "09.45", "2 p.m.").
_TIME_CELL = re.compile(r"\d{1,2}(?:[:.h]\d{2})?(?:\s*(?:[-–]\s*\d{1,2}(?:[:.h]\d{2})?))?"
                        r"\s*(?i:uhr|h|hrs|[ap]\.?\s?m\.?)?")
# a cell is one line: a short one, or the sentence that says what the entry is ("12.00" / "Ministry of X, Bratislava" /
# "Joint press conference of Minister A, ..., and Minister B, ...": a government's programme writes it in full)
_CELL_LENGTH = 300


def cell_of_last(block: Block, context: Reading) -> bool:
    """A table pasted one cell a line (a time, who, what, where): the third cell, right under the entry line that
    followed the time, goes on saying what that entry is ("| 11:30 |" / "Minister X, Ministry of Y |" / "Two grants
    for the town of Z" / "Kastanienhof playground, Z |"). True when the line is used up so."""
    if context.last_item is None or not context.findings or block.kind not in (ITEM, HEADING) \
            or len(block.text) > _CELL_LENGTH or block.text.isupper():
        return False  # (a line in capitals heads what follows)
    number, chunk = context.last_item
    if number != block.number - 1 or chunk != block.chunk or VENUE_LINE.match(block.text) or FIELD.match(block.text) \
            or block.text.rstrip().endswith(":"):
        return False  # ("Media note:" labels what follows it, not the entry above)
    time_cell = numbered(context.blocks, block.number - 2, block.number - 2)
    if not time_cell or time_cell[0].chunk != chunk or _TIME_CELL.fullmatch(time_cell[0].text.strip()) is None:
        return False
    last = context.findings[-1]
    if time_cell[0].text.strip() not in last.text:
        return False  # the entry above is not the one the time opened
    last.text = f"{last.text} {block.text}"
    context.last_item = (block.number, block.chunk)  # the place cell under it is still the entry's
    return True


_WHAT_REACH = 3  # lines from a card's "When:" line down to its "What:" line


def what_of_last(block: Block, context: Reading) -> bool:
    """"What: Launch of the water report" under a card's "When:" and "Where:" lines names the event they dated,
    which had only the page's title to go by. True when the line is used up so."""
    if not context.findings or not WHAT_LABEL.match(block.text):
        return False
    below = next(iter(numbered(context.blocks, block.number + 1, block.number + 1)), None)
    if below is not None and is_time_field(below.text):
        return False  # "Actividad: ..." over "Hora: 2:00 p.m.": it opens the next card, its own "Time:" line under it
    last = context.findings[-1]
    near = numbered(context.blocks, block.number - _WHAT_REACH, block.number - 1)
    at = next((n for n in range(len(near) - 1, -1, -1) if near[n].text in last.text), None)
    # (only fields between them: "Where: ...", "Who: ...")
    dated = near[at] if at is not None and all(FIELD.match(b.text) or VENUE_LINE.match(b.text)
                                               for b in near[at + 1 :]) else None
    said = {kinds.item_summary(last.kind, name) for name in (context.title, context.caption) if name}
    # (or the caption above the card, gone by now: "MEDIA ADVISORY" over "WHEN:", its text's label)
    core = last.summary.split(": ", 1)[-1]
    borrowed = last.summary in said or last.text.startswith(f"{core}: ")
    what = caption(block.text)
    if dated is None or not borrowed or not what:
        return False
    kind = kinds.classify(what) if last.kind == kinds.EVENT else last.kind
    last.kind, last.summary, last.text = kind, kinds.item_summary(kind, what), f"{last.text} {block.text}"
    return True


def table_row(block: Block, leading: list[Mention], context: Reading) -> bool:
    """A row of dates under column headings ("DAC meeting date" | "Deadline for submission"): the first
    column's heading names the event of the row's first date; a deadline column holds no events."""
    days = [m for m in leading if m.kind in ("day", "span")]
    heading = context.caption
    if len(days) < 2 or not heading or kinds.classify(heading) == kinds.EVENT or LOGISTICS.search(heading.lower()):
        return False
    add(context, f"{heading}: {block.text}", days[0], None, kinds.classify(heading),
        kinds.item_summary(kinds.classify(heading), heading), context.heading_place, [days[0]])
    context.caption = heading  # the heading names every row below it
    return True


def day_lines(blocks: list[Block], mentions_of: dict[int, list[Mention]]) -> int:
    """How many lines of an item say only a day ("Mittwoch, 4. September 2024", "MONDAY, 24 April", "Tuesday 13")."""
    return sum(1 for b in blocks if b.kind != PARAGRAPH and len(b.text) <= DAY_LINE
               and any(m.kind == "day" or m.kind == "weekday" and m.offset for m in mentions_of.get(b.number, ()))
               and (only_when(b.text, mentions_of.get(b.number, []))
                    or _town_after_the_day(b.text, mentions_of.get(b.number, []))))


def _town_after_the_day(text: str, mentions: list[Mention]) -> bool:
    """"Thursday, 6 March 2025, Washington": a day line that names the town of its day's entries, and nothing else."""
    rest = bare(text, mentions).strip(" ,;:–—-()")
    return bool(rest) and len(rest) < _TOWN_REST and _town_only(rest) is not None


def diary_entry(block: Block, context: Reading, follows_row: bool = False) -> bool:
    """A line under a day heading in a diary of several days, with no time: that day's engagement.

        Mittwoch, 4. September 2024            a diary whose days head their own lines (two or more of them):
        Kanzler Scholz in Todendorf            the heading or list rows under a day line are what happens
        MONDAY, 24 April                       that day, whatever words they use; the paragraph that tells
            LJUBLJANA - Parliament debates ... more about an entry is not another one.
    """
    text = block.text.strip()
    said = without_all_day(text)  # ("ganztägig  Truppenbesuch in Munster": a row said to fill the day is one)
    # A row too long for blocks.py to call it one ("Arrival in X; welcoming ceremony; talks with ...; state
    # dinner given by ...") is a row still: one line, no full stop, in a diary of day lines.
    row = block.kind != PARAGRAPH or (context.diary_days >= 2 and len(text) >= _LONG_ROW and not text.endswith(".")) \
        or (context.diary_days >= 2 and _ENGAGEMENT.match(text) is not None)
    # ("Toute la journée : déplacement dans l'Aisne": after the word that fills the day, the row's words may open in
    # lower case, as French writes after a colon; the line's capital is that word's)
    opens = said[:1].isupper() or (said != text and text[:1].isupper() and said[:1].isalpha())
    if not row or len(text) > (_LISTED_ENTRY if block.kind == ITEM else _DIARY_ENTRY) or not opens:
        return False
    if context.diary_days < 2 and not follows_row and not (block.kind == ITEM and _listed(block, context.blocks)):
        return False  # one day line over one line: a dateline over whatever comes first
    return not (FIELD.match(text) or WHAT_LABEL.match(text) or VENUE_LINE.match(text) or COVERAGE.match(text)
                or TIME_COLUMN.search(text) or _NUMBERED.search(text) or recurring.negated(text)
                or LOGISTICS.search(text.lower()) or generic(text) or qualified_generic(text)
                or (address(text) and not follows_row and said == text)
                or PEOPLE.search(text) or _NOT_AN_ENTRY.search(text) or deadlines.window_row(text)
                or listing_heading(text))  # "Upcoming Events" below a day line heads the next part of the page


# "All day  Human Rights Council", "ganztägig  Truppenbesuch in Munster", "Journée : Déplacement à Bruxelles": a row
# of the day said to fill it, the row's own words after
# (a bare "Journée" only before its colon, dash or a gap: "Journée mondiale de l'eau" is a day's name)
_ALL_DAY = re.compile(r"(?i:(?:all[- ]day|whole\s+day|ganzt[äa]gig|ganztags|toute\s+la\s+journ[ée]e"
                      r"|todo\s+el\s+d[íi]a|tutto\s+il\s+giorno|intera\s+giornata|o\s+dia\s+todo|hele\s+dagen"
                      r"|heldag|hele\s+dag)\s*[:–—-]?\s+|journ[ée]e(?:\s*[:–—-]\s*|\s{2,}))(?=\S)")


def fills_the_day(text: str) -> bool:
    """Does the row open with a word that says it fills the day ("ganztägig  Truppenbesuch")?"""
    return _ALL_DAY.match(text) is not None


def without_all_day(text: str) -> str:
    """The row's words after a word that says it fills the day ("ganztägig  Truppenbesuch" -> "Truppenbesuch"), or
    that its time is not yet set ("Time TBC – Launch of the report" -> "Launch of the report")."""
    opening = _ALL_DAY.match(text) or _UNSETTLED_TIME.match(text)
    return text[opening.end() :] if opening is not None else text


# "Time TBC – Launch of the report": a row's time not yet set, in its time's place; no part of what happens
_UNSETTLED_TIME = re.compile(r"\s*(?i:time\s*:?\s*)?(?:TBC|TBA|TBD|(?i:to\s+be\s+(?:confirmed|announced|determined)))"
                             r"\s*[:–—-]\s*(?=\w)")


# "EU Council. 'General Affairs' Council ..." / "EU Council. EU-Moldova Association Council ...": a calendar's rows
# that each open with the same body's name and a full stop, the body the row is of.
_ROW_LABEL = re.compile(r"^([^\W\d][^\W\d]+(?: [^\W\d][\w-]*){0,3})\. (?=[\w'‘\"“])")


def same_row_form(above: str, text: str) -> bool:
    """Do two rows open alike ("LJUBLJANA - ...", "IDRIJA - ...", or the same "EU Council. " both)? Then the second
    goes on the day's list."""
    first, second = _ROW_OPENING.match(above), _ROW_OPENING.match(text)
    if first is not None and second is not None and first.group(1) == second.group(1):
        return True
    label = _ROW_LABEL.match(above)
    return label is not None and text.startswith(label.group())


def _listed(block: Block, blocks: list[Block]) -> bool:
    """Is the row followed by another row of the same form ("LJUBLJANA - ..." over "IDRIJA - ...")?"""
    return any(b.number == block.number + 1 and b.kind == ITEM and same_row_form(block.text, b.text) for b in blocks)


# "Board Members", "Council Staff", "Press Contacts": a heading over people, not an entry under the date above it
PEOPLE = re.compile(r"\b(?:members|staff|contacts)\s*:?\s*$", re.IGNORECASE)


# A call to act opening the line, or an archive named by it (lines under a dated line that name no happening).
_NOT_AN_ENTRY = re.compile(r"^\W*(?:apply|subscribe|sign\s+up|donate|register\s+(?:now|here|online)|contact\s+us)\b"
                           r"|\barchives?\s*$"
                           # "The Taoiseach will attend the following engagements:": the list below is the day's
                           r"|\b(?:the\s+following|as\s+follows)\b[^.\n]*:\s*$", re.IGNORECASE)


def names_an_event(text: str) -> bool:
    """A short line that names a kind of event ("UNRWA Press Conference"): an entry under the date above it. Not a
    page's call to act ("Apply to be a Board Member", "Subscribe for Updates") nor its archive of records ("Board
    Meeting Archive"), which name what the reader may do or find, not what happens on the day above."""
    if len(text) > ENTRY_LENGTH or text.rstrip().endswith(".") or recurring.negated(text) or PEOPLE.search(text) \
            or _NOT_AN_ENTRY.search(text):
        return False
    return not TIME_COLUMN.search(text) and kinds.classify(text) != kinds.EVENT

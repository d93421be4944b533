"""Split an article body into headings, list items and paragraphs of sentences. Pure.

Press releases mix prose with media-advisory lists: a short heading line
("Kosovo") sets the place of the items below it, and each item is one line
(often behind a bullet) that starts with a date or a time.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from parsers.commaclocks import comma_clocks
from parsers.gluedfields import fields_unglued
from parsers.headedcells import headed_cells
from parsers.labelcolumns import label_columns
from parsers.pairedrows import paired_rows
from parsers.timecolumns import time_columns
from parsers.verbs import STAMPED
from parsers.zonecolumns import zone_columns

HEADING = "heading"
ITEM = "item"
PARAGRAPH = "paragraph"

# "*" is a bullet only before a space: "*Geneva* - From ..." opens emphasis, as mail and markdown write it.
_BULLET = re.compile(r"^\s*(?:[•·▪●◦‣∙]|[-–—*](?=\s))\s*")
_TERMINAL = frozenset(".!?:;,\"”’)")  # a line ending in one of these goes on or ends a sentence
# A blank line, or a line of three or more asterisks, dashes or rules ("***", "* * *", "---") that news agencies and
# bulletins set between the entries of a day's agenda: each entry is a block of its own, not one paragraph.
_BLANK_LINE = re.compile(r"\n[ \t]*\n|\n[ \t]*(?:[*=~_–—-][ \t]*){3,}(?=\n|$)")
# (the next sentence opens with a capital, a figure, or a letter of a script with no capitals: Hangul, Arabic;
# Cyrillic and Greek capitals are capitals too: "... 방문한다. 마지막 날에는 ...", "... заседания. Встреча ...")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“‘(«]?[A-Z0-9À-ÞА-ЯЁΑ-Ω\u0621-\u064a\uac00-\ud7a3])")
# "Planning Committee - CANCELLED Finance Committee at 2:00 p.m.": rows of a list run together, a status in capitals
# after a dash closing the row it marks; not before the day it is moved to ("- RESCHEDULED March 12 at 10 a.m.",
# "- POSTPONED Until March 19"). Used only where a text holds such a status: the alternative would keep the engine
# from skipping to the stops (a third of the cost of splitting every paragraph).
_SENTENCE_OR_STATUS_END = re.compile(
    _SENTENCE_END.pattern
    + r"|(?<=\s[-–—]\s)(?:CANCELL?ED|POSTPONED|RESCHEDULED|ABGESAGT|ANNUL[EÉ]E?)\s+(?=[A-Z])"
    r"(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun"
    r"|Until|Till|To|For|Due|New|Now|Am|Auf|Bis)[a-z]*\b)")
_STATUSES = ("CANCEL", "POSTPONED", "RESCHEDULED", "ABGESAGT", "ANNUL")
# Words after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen lt col maj capt adm sgt st no nos nr br vol fig approx etc vs "
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun "
    "e.g i.e h.e u.s u.k u.n d.c a.m p.m "
    # (the styles of royalty and rank before a name: "H.M. the King", "H.R.H.", Danish and Norwegian "H.K.H.
    # Kronprinsen", French and Spanish "S.M. le Roi", "S.A.R.", "S.E.")
    "h.m h.r.h h.i.m h.k.h h.h s.m s.a.r s.e "
    "kl "  # the Scandinavian "at" before a clock: "senest tirsdag 31. oktober kl. 12.00" is one sentence
    # (and the Polish "hour" before one and "that is" before a date: "21 czerwca o godz. 10.05", "jutro, tj. 5 marca")
    "godz tj "
    # (and the Latvian "o'clock" before one: "18.jūlijā plkst. 16:50")
    "plkst "
    # (Russian and Ukrainian addresses and titles, now that a Cyrillic capital may open a sentence: "ул. Ришельевская",
    # "вул. Хрещатик", "пр. Мира", "пл. Победы", "им. Горького", "тел. 123", "обл.", "просп.")
    "ул вул пр пл им тел обл просп пер наб "
    "ul al os "  # (and the Polish "street", "avenue", "estate": "przy ul. Kościuszki")
    # (and the Polish "saint", "dedicated to", "priest", "bishop", "archbishop": "w Kolegiacie św. Anny", "ks. prof.")
    "św pw ks bp abp".split()
)
# "... at 6:30 p.m. The next meeting is ...": after a clock's a.m./p.m., a word that opens sentences opens one
# ("6 p.m. Eastern", "10 a.m. Monday" go on).
_CLOCK_MARKS = frozenset({"a.m", "p.m"})
_OPENER = re.compile(r"[\"“‘(]?(?:The|A|An|This|These|Those|It|He|She|They|We|You|I|Our|His|Her|Their|Its|There|Some"
                     r"|Please|All|Each|Every|If|For more|On|During|After|Before|Later|Then|Afterwards)\b"
                     # ("... to 2:00 p.m. Visitors will tour ...": a subject and its modal or plural verb)
                     r"|[A-Z][a-z]+s\s+(?:will|can|may|must|should|shall|are|were|have|need)\b")
# "The House sits at 10 a.m. Statements by Members at 2 p.m., ...": after a clock's "a.m.", a capital word that is
# no day, month, zone or clock's name, in a clause with a clock time of its own, opens the next sentence.
_TIMED_SENTENCE = re.compile(
    r"\s*(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Eastern|Central|Mountain"
    r"|Pacific|Atlantic|Alaska|Hawaii|Local|Noon|Midnight|Ottawa|Washington|London|New\s+York|GMT|UTC)[a-z]*\b"
    # ("10:00 a.m. Japan standard time (reception opens at 9:00 a.m.)": a clock's name)
    r"|[A-Z][a-z]+(?:\s+[A-Za-z]+)?\s+(?:(?:standard|daylight|summer|local)\s+)?[Tt]ime\b)"
    r"[A-Z][a-z]+\b[^.;:!?\n]{0,60}?\b(?:at|from)\s+\d{1,2}(?:[:.]\d\d)?\s*[ap]\.m\.")
# "... in Board Room D. The report ...": a letter of a room or a list closes its sentence before a word no name has
# after an initial ("John D. Rockefeller")
_PRONOUN_OPENER = re.compile(r"\s*(?:The|This|These|Those|It|He|She|They|We|Our|His|Her|Their|Its|There)\s")
# German and French weekdays cut short ("am Mi. 5. Februar", "le mer. 5 février"): no sentence ends after one
# when a day's number follows.
# (So with the Scandinavian weekdays written with a full stop before the day: "senest søndag. 5. juni kl. 14:00".)
_DAY_ABBREVIATIONS = frozenset("mo di mi do fr sa so lun mar mer jeu ven sam dim "
                               "mandag tirsdag onsdag torsdag fredag lørdag søndag måndag tisdag lördag söndag".split())
# The parts of a law or a text cut short before their number ("Sec. 3.02 of the Charter", "Art. 12 of the statutes",
# "Para. 3", "Abs. 2", "Ziff. 4"), capitalised: no sentence ends there when a number follows.
_PART_ABBREVIATIONS = frozenset("sec secs art arts para paras par ch chap cl abs ziff".split())
# A firm's name ends with a dotted form ("Batson & Brown, Inc.", "Acme Co.", "Widgets Ltd."): before a weekday and its
# date, as a court's list of cases or a register's row gives the party and then the day, the row goes on.
_FIRM_SUFFIXES = frozenset("inc ltd corp co llc plc".split())
_WEEKDAY_DATE_NEXT = re.compile(r"[ \t]*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+"
                                r"(?:\d{1,2}[ \t]+)?(?:January|February|March|April|May|June|July|August|September"
                                r"|October|November|December)\b")
_INITIALS = re.compile(r"[a-z](?:\.[a-z])+")  # dotted initials, lower-cased: "g.s", "n.j.s.a"
_YEAR_NEXT = re.compile(r"\s*,?\s*(?:19|20)\d\d\b")
# "from Apr. 28 to May. 3, 2024", "from May. 2 to 3": the dotted month's day next, then a year or the span's
# other end, as "Apr." and "Sept." are written beside it; "in May. 3 people ..." goes on otherwise.
_SPAN_DAY_NEXT = re.compile(r"\s*[0-3]?\d(?:,?\s+(?:19|20)\d\d\b|\s*(?:[-–]|to\b|and\b|until\b))")
_HEADING_MAX_WORDS = 8
_ALONE_MAX = 40  # characters of a date line atop a paragraph
_ALONE_LINE = 100  # characters: a line this short, standing alone without a full stop, is a list line
_LONG_LINE = 200  # characters: a line this long is a paragraph of its own
_WRAPPED_MIN_LINES = 4
# "... gives the keynote address on" / "Tuesday 23 May.": no list line ends with an article or a preposition.
_DANGLING = re.compile(r"\s(?:a|an|the|of|on|for|to|in|at|by|with|from|and|or)$")
_DATE_GOES_ON = re.compile(r"\d{1,2},\s")  # "Thursday, February" / "9, 1995": a date broken over two lines
# "projev ministra: 10:30 – 11.20": a caption, a colon and its clock (or two) closing the line is a row of a list,
# though it opens in lower case, not prose that goes on
_CLOCK_ROW = re.compile(r":[ \t]*\d{1,2}[:.]\d\d(?:[ \t]*[–—-][ \t]*\d{1,2}[:.]\d\d)?[ \t]*$")
# "ab 13.00 Uhr Stände am Markt", "from 9:30 coffee", "dès 14h30 ateliers", "desde las 10:00 talleres": a row of a
# programme that opens with a word of starting and its clock (in lower case, as such rows are): no prose going on
_CLOCK_OPENS = re.compile(r"(?:ab|ca\.|from|dès|à\s+partir\s+de|desde(?:\s+las?)?|a\s+partir\s+de(?:\s+las?)?|vanaf)\s+"
                          r"\d{1,2}(?:[:.h]\d\d|\s*(?:Uhr|h\b|uur))")
_CELL_EDGES = " \t|\u00a0\u2502\uff5c"
# "ore 9: Giunta", "ore 21. Assemblea", "ore 8.30 riunione": an Italian agenda's row opens with the word for hours and
# its clock, in lower case: a row of its own, no prose going on
_HOURS_OPEN = re.compile(r"ore\s+\d{1,2}(?:[:.]\d\d)?(?:\s*[-–]\s*\d{1,2}(?:[:.]\d\d)?)?(?=[\s:.,;])")
# The parts of a date a badge sets on lines of their own: a month's name, a day's number, a year.
_STACKED_PART = 9
_STACKED_MONTH = re.compile(r"(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\.?$|(?:january|february"
                            r"|march|april|june|july|august|september|october|november|december)$")
_STACKED_DAY = re.compile(r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?,?$")
_STACKED_YEAR = re.compile(r"(?:19|20)\d\d$")
_BADGE_DAY = re.compile(r"(?P<a>[12]\d|3[01]|0?[1-9])[./](?P<b>[12]\d|3[01]|0?[1-9])\.?")  # "4.4", "12/9", "4.10."
_WRAPPED_SHARE = 0.3
_WRAPPED_WIDTH = 50  # characters: a line of two or three wrapped short of this is a list's line, no prose's
# "on Friday" / "26 April", "in early September" / "2024", "on Friday 26" / "April": a date broken at the line's
# end, the next line going on with the day's number (not a clock), the month's year or the day's month
_DAY_NUMBER_ENDS = re.compile(r"(?<![\w.,/:])(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?$")
_DAY_NAME_ENDS = re.compile(r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?P<month>January|February|March|April"
                            r"|May|June|July|August|September|October|November|December)),?$")
# ("... Room 12" / "Dec. 10, 2031, 10:30 a.m.": a month opening a date of its own, its day after it, goes on nothing)
_MONTH_GOES_ON = re.compile(r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
                            r"|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b"
                            r"(?![.,]*\s*(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b(?![:.]?\d))")
_DAY_OPENS = re.compile(r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+[A-Za-z]")
_YEAR_OPENS = re.compile(r"(?:19|20)\d\d\b(?![:.]\d)")
MAX_SENTENCE = 1000  # characters


@dataclass(frozen=True, slots=True)
class Block:
    kind: str  # HEADING, ITEM or PARAGRAPH
    text: str
    number: int  # position in the article, so later stages can tell neighbours
    chunk: int = 0  # the run of lines (between blank lines) it came from


def numbered(blocks: list[Block], low: int, high: int) -> list[Block]:
    """The blocks numbered `low` to `high` of `blocks`, a list in order of number with some numbers left out (an
    article's blocks without its datelines): found by halving, as a rule asking for its neighbours on every line
    would otherwise read the list through for each."""
    start = bisect.bisect_left(blocks, low, key=lambda b: b.number)
    return blocks[start : bisect.bisect_right(blocks, high, lo=start, key=lambda b: b.number)]


def first_of_chunk(blocks: list[Block], chunk: int) -> Block | None:
    """The first block of run `chunk` in `blocks` (in order of number, so of chunk too), if any is left."""
    at = bisect.bisect_left(blocks, chunk, key=lambda b: b.chunk)
    return blocks[at] if at < len(blocks) and blocks[at].chunk == chunk else None


def split_blocks(body: str) -> list[Block]:
    """The body's blocks in order; list lines become one ITEM each."""
    blocks: list[Block] = []
    # A programme pasted label column first (labels, a blank line, their when-cells): one dated line a row.
    for chunk, lines_of in enumerate(label_columns(_badges_joined(_BLANK_LINE.split(body)))):
        # Table cells pasted as text ("5:30 a.m. |", a lone "|"): the bars only separate cells.
        lines = [_cells(edged) for line in lines_of.split("\n") if (edged := line.strip(_CELL_EDGES))]
        lines = time_columns(lines)  # a table whose column heads are clock times: one dated line a cell
        lines = headed_cells(lines)  # a table under its heads, one the date's, one cell a line: one dated line a row
        lines = zone_columns(lines)  # a table whose head names its times' clock ("Uhrzeit (MEZ)"): each time's label
        lines = comma_clocks(lines)  # a time column's "19,30": a clock time, written with a colon
        lines = paired_rows(lines)  # "Gabon (17 Feb); Azerbaijan (18 Feb)": one name and its day a line
        lines = fields_unglued(lines)  # "Ort: Innsbruck Datum: Sonntag, 4. Jänner 2026": a where, then a when
        if not lines:
            continue
        if len(lines) > 1 and any(len(line) == 1 for line in lines):
            lines = _lone_bullets_joined(lines)
        if len(lines) > 1 and any(len(line) <= _STACKED_PART for line in lines):
            lines = _unstacked(lines)
        if len(lines) > 1:
            lines = _stamps_joined(lines)
        if len(lines) > 2 and _stands_alone(lines[0], lines[1:]):
            # "25 October 2010" atop the prose that follows it without a blank line: a line of its own.
            blocks.append(Block(ITEM, one_spaced(lines[0]), len(blocks), chunk))
            lines = lines[1:]
        bulleted = [bool(_BULLET.match(line)) for line in lines]
        if any(bulleted):
            for line, is_bullet in zip(lines, bulleted, strict=True):
                text = _BULLET.sub("", line, count=1) if is_bullet else line
                blocks.append(Block(ITEM, one_spaced(text), len(blocks), chunk))
        elif len(lines) == 1 and _looks_like_heading(lines[0]):
            blocks.append(Block(HEADING, one_spaced(lines[0]), len(blocks), chunk))
        elif len(lines) == 1 and len(lines[0]) < _ALONE_LINE and not _terminal(lines[0]):
            blocks.append(Block(ITEM, one_spaced(lines[0]), len(blocks), chunk))  # "Wednesday, May 7 09:50 AM"
        elif len(lines) > 1 and not _hard_wrapped(lines):
            # Several short lines without bullets: a list set one item a line. Or paragraphs one a line,
            # with short lines among them ("CONTACT: ...", "FOR IMMEDIATE RELEASE: ..."): each line is a
            # block of its own.
            listed = all(len(line) < _LONG_LINE for line in lines)
            for line in lines:
                if (listed and not _prose_line(line)) or (len(line) < _LONG_LINE and not _terminal(line)):
                    kind = HEADING if _looks_like_heading(line) else ITEM
                else:
                    kind = PARAGRAPH
                blocks.append(Block(kind, one_spaced(line), len(blocks), chunk))
        else:
            blocks.append(Block(PARAGRAPH, one_spaced(" ".join(lines)), len(blocks), chunk))
    return blocks


def _badges_joined(chunks: list[str]) -> list[str]:
    """A date badge whose day and month ("4.4", "12/9", "4.10.") and year ("2031") stand in boxes of their own, a
    blank line between: one line ("4/4/2031", "4.10.2031")."""
    out: list[str] = []
    for chunk in chunks:
        lone_year = out and len(chunk) < 20 and _STACKED_YEAR.fullmatch(chunk.strip())
        badge = _BADGE_DAY.fullmatch(out[-1].strip()) if lone_year else None
        if badge is not None:
            # "4.10." with its stop is German, day first, as a dotted date is read; "4.10" or "4/10" may be an
            # American April 10: with slashes, read in the order the page's other dates or its country tell
            # (and left unread when nothing tells)
            year = chunk.strip()
            out[-1] = badge.group() + year if badge.group().endswith(".") else f"{badge['a']}/{badge['b']}/{year}"
            continue
        out.append(chunk)
    return out


def one_spaced(text: str) -> str:
    """`" ".join(text.split())`: the words one space apart. Most lines are already: a space is the only white space
    str.isprintable() lets through, so a printable text without two spaces in a row or at its ends is its own
    answer, found at a fraction of the cost of splitting it into words and joining them again."""
    if "  " not in text and text[:1] != " " and text[-1:] != " " and text.isprintable():
        return text
    return " ".join(text.split())


# A page's stamp label on a line of its own, its date and minute on the lines below ("Stand:" / "Dienstag, 27. Juni" /
# "11:45 Uhr", "Last updated:" / "Monday, 26 June" / "10:15"): one line, read as the stamp it is, not as a day
# heading over a row at that minute.
_STAMP_LABEL = re.compile(rf"(?i:{STAMPED}|(?:last\s+)?update|as\s+of)\s*:|Stand\s*:")
_STAMP_PART = re.compile(r"[^\n]{0,40}?\d[^\n]{0,30}")  # a date's or a minute's line, short and with a figure
_STAMP_CLOCK = re.compile(r"\d{1,2}[:.]\d\d(?:\s*(?:Uhr|h|[ap]\.?m\.?))?", re.IGNORECASE)


def _stamps_joined(lines: list[str]) -> list[str]:
    """A stamp's label alone on its line joined with the date below it, and with the minute below that."""
    out: list[str] = []
    at = 0
    while at < len(lines):
        line = lines[at]
        if _STAMP_LABEL.fullmatch(line.strip()) and at + 1 < len(lines) and _STAMP_PART.fullmatch(lines[at + 1]):
            parts = 3 if at + 2 < len(lines) and _STAMP_CLOCK.fullmatch(lines[at + 2].strip()) else 2
            out.append(" ".join(part.strip() for part in lines[at : at + parts]))
            at += parts
            continue
        out.append(line)
        at += 1
    return out


# A table's time cell broken over two lines, its figures over its unit: "0845" / "hrs", "0830" / "hrs onwards".
_STACKED_CLOCK = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
_STACKED_HOURS = re.compile(r"(?i:hrs|hours|hr|h)\.?(?:\s+onwards)?")


# A list item whose bullet a page set on a line of its own ("-" / "9:50 AM: Departure ...", as a list's markers
# become text nodes of their own): the marker opens the line after it.
_LONE_BULLET = re.compile(r"[-–—*•·▪●◦‣∙]")


def _lone_bullets_joined(lines: list[str]) -> list[str]:
    """Each lone bullet line joined to the line after it ("-" / "12:05 PM: At the temple": "- 12:05 PM: ...")."""
    if sum(1 for line in lines if _LONE_BULLET.fullmatch(line)) < 2:
        return lines
    out: list[str] = []
    for at, line in enumerate(lines):
        if _LONE_BULLET.fullmatch(line) and at + 1 < len(lines) and not _LONE_BULLET.fullmatch(lines[at + 1]):
            continue  # (the next line takes it)
        if at and _LONE_BULLET.fullmatch(lines[at - 1]) and not _LONE_BULLET.fullmatch(line):
            line = f"{lines[at - 1]} {line}"
        out.append(line)
    return out


def _unstacked(lines: list[str]) -> list[str]:
    """A date set one part a line by a page's date badge ("Nov" / "12," / "2024", "13" / "Sep") as one line; a time
    cell's figures and unit set one a line ("0845" / "hrs") too."""
    out: list[str] = []
    at = 0
    while at < len(lines):
        line = lines[at]
        parts = 0
        if at + 1 < len(lines) and _STACKED_CLOCK.fullmatch(line) and _STACKED_HOURS.fullmatch(lines[at + 1]):
            parts = 2
        elif at + 1 < len(lines) and (_STACKED_MONTH.match(line) and _STACKED_DAY.match(lines[at + 1])
                                      or _STACKED_DAY.match(line) and _STACKED_MONTH.match(lines[at + 1])):
            parts = 2
            if at + 2 < len(lines) and _STACKED_YEAR.match(lines[at + 2]):
                parts = 3
        if parts:
            out.append(" ".join(lines[at : at + parts]))
            at += parts
        else:
            out.append(line)
            at += 1
    return out


_DOTTED_CELLS = 3  # a clock, where and what
# A row's first cell, a clock and nothing else: "15:00", "9.30 am", "10h00", "19:30 – 21:00"
_CLOCK_CELL = re.compile(r"(?:[01]?\d|2[0-3])(?:[:.h][0-5]\d)?(?:\s*[ap]\.?m\.?)?"
                         r"(?:\s*[–-]\s*(?:[01]?\d|2[0-3])(?:[:.h][0-5]\d)?(?:\s*[ap]\.?m\.?)?)? \u00b7 ",
                         re.IGNORECASE)


def _cells(edged: str) -> str:
    """The cells of a line stripped of its edges, one bar between each."""
    if " \u2502 " in edged or " \uff5c " in edged:
        # ("6:30 p.m. │ Learning and Teaching Center │ 2218 N Molter Rd": a box-drawing or full-width bar between
        # spaces separates cells as "|" does)
        edged = edged.replace(" \u2502 ", " | ").replace(" \uff5c ", " | ")
    if edged.count(" \u00b7 ") >= _DOTTED_CELLS - 1 and _CLOCK_CELL.match(edged):
        # ("15:00 · Kisumu · Opening of the market": a row of a clock and its cells, a middle dot between spaces
        # parting them as a bar does)
        edged = edged.replace(" \u00b7 ", " | ")
    if " | " not in edged:
        return edged.strip()  # one cell: most lines
    return " | ".join(cell.strip() for cell in edged.split(" | ") if cell.strip())


def _prose_line(line: str) -> bool:
    """A line of two sentences or more, ending in a stop, a later one with figures of its own: prose set one paragraph
    a line, not a list's row ("On 6 March, the Minister visits Vilnius. At 11.00 she meets her counterpart." above
    "On the evening of 6 March ..."), whose later times are read as prose reads them."""
    if len(line) <= _ALONE_LINE or line.rstrip()[-1:] not in ".!?":
        return False
    later = [line[start:end] for start, end in sentence_spans(line)][1:]
    return any(ch.isdigit() for sentence in later for ch in sentence)


def _terminal(line: str) -> bool:
    """Does the line end (white space aside) in a stop, a comma, a colon, a quote or a bracket? (Not the bracket of
    a weekday after its date, "1st Feb (Mon)", "12 May (Tuesday)": a programme's day heading, no sentence's end.)"""
    return line.rstrip()[-1:] in _TERMINAL and _WEEKDAY_CLOSES.search(line) is None


_WEEKDAY_CLOSES = re.compile(r"\d[^()\n]{0,20}\((?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)"
                             r"(?:day|nesday|sday|urday|rsday)?\.?\)\s*$")


def _hard_wrapped(lines: list[str]) -> bool:
    """Prose broken into lines by a PDF or a mail client: many lines go on in lower case on the next; or two or
    three lines of it, each long and going on into the next ("... holds a reception on Friday" / "26 April at
    19:00 at the residence.")."""
    if len(lines) < _WRAPPED_MIN_LINES:
        return len(lines) <= _WRAPPED_MIN_LINES - 1 and all(
            len(line) >= _WRAPPED_WIDTH and (_date_broken(line, after) or not _terminal(line) and _goes_on(line, after))
            for line, after in zip(lines, lines[1:], strict=False))
    goes_on = sum(1 for line, after in zip(lines, lines[1:], strict=False) if _goes_on(line, after))
    return goes_on >= _WRAPPED_SHARE * (len(lines) - 1)


def _goes_on(line: str, after: str) -> bool:
    """Does the sentence of `line` go on at the head of the next line?"""
    return (after[:1].islower() and not _CLOCK_ROW.search(after) and not _CLOCK_OPENS.match(after)
            and not _HOURS_OPEN.match(after)) \
        or line.endswith((",", "-")) or _DATE_GOES_ON.match(after) is not None or _DANGLING.search(line) is not None


def _date_broken(line: str, after: str) -> bool:
    """Does a date run from the end of `line` to the head of the next ("on Friday," / "26 April", "on 26 April" /
    "2024 at", "on Friday 26" / "April")? (Not a heading's day over a row opening with its clock, "Tuesday 3 March"
    / "09:30 Meeting", nor one list line's day over the next's, "closes on 15 January" / "20 February: hearing".)"""
    if after[:1].isdigit():
        ends = _DAY_NAME_ENDS.search(line)
        return ends is not None and (_YEAR_OPENS if ends.group("month") else _DAY_OPENS).match(after) is not None
    return _DAY_NUMBER_ENDS.search(line) is not None and _MONTH_GOES_ON.match(after) is not None


def _stands_alone(first: str, rest: list[str]) -> bool:
    """A short first line without a full stop over longer lines of prose is no part of their paragraph."""
    return (len(first) <= _ALONE_MAX <= min(len(line) for line in rest[:2])
            and not _terminal(first) and first[:1].isupper() and any(map(str.isdigit, first)))


# "New York City: Noon", "Closing prayer – Midday": a row whose value is a clock said in a word, not a heading.
_CLOCK_WORD_VALUE = re.compile(r"[:–—-]\s*(?:12\s*)?(?:[Nn]oon|NOON|[Mm]idday|[Mm]idnight)\s*$")
# "Governor's Briefing Today at Noon": a clock said in a word after "at" tells when, as figures would; no heading.
_AT_CLOCK_WORD = re.compile(r"\b(?:[Aa]t|AT)\s+(?:[Nn]oon|NOON|[Mm]idday|MIDDAY)\b")


def _looks_like_heading(line: str) -> bool:
    # Cheapest test first; words are counted no further than one too many.
    return (
        line[:1].isupper()
        and 0 < len(line.split(maxsplit=_HEADING_MAX_WORDS)) <= _HEADING_MAX_WORDS
        and not _terminal(line)
        and not any(map(str.isdigit, line))
        and _CLOCK_WORD_VALUE.search(line) is None
        and _AT_CLOCK_WORD.search(line) is None
    )


def sentences(text: str) -> Iterator[str]:
    """The sentences of a paragraph (a full stop after an abbreviation does not end one)."""
    for start, end in sentence_spans(text):
        yield text[start:end]


def _cut_short_before_its_number(word: str, first_letter: str) -> bool:
    """Is `word` (lower-cased, before a full stop and a number) a word cut short that its number completes: a weekday
    ("am Mi. 5. Februar"), a statute's initials ("G.S. 143-318.12", "N.J.S.A. 10:4-8") or a part of a text written
    with a capital ("Sec. 3.02", not "street art. 40 murals")?"""
    return word in _DAY_ABBREVIATIONS or _INITIALS.fullmatch(word) is not None \
        or word in _PART_ABBREVIATIONS and first_letter.isupper()


def sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence of a paragraph, without surrounding white space.

    A "sentence" longer than MAX_SENTENCE is cut at white space into pieces of at
    most that length: no prose has such sentences, and the work on one sentence
    must stay bounded whatever the input.
    """
    start = 0
    ends = _SENTENCE_OR_STATUS_END if any(status in text for status in _STATUSES) else _SENTENCE_END
    for match in ends.finditer(text):
        before = text[max(start, match.start() - 40) : match.start() + 1].rsplit(None, 1)[-1].lower().strip("(“\"'‘")
        word = before.rstrip(".")
        # "am 27. Januar": a German ordinal day is no sentence end, nor is an abbreviation ("am 21./22. August": nor
        # the last of two slashed ordinal days).
        last = word.rsplit("./", 1)[-1]
        ordinal = last.isdigit() and len(last) <= 2
        if text[match.start()] == "." and (word in _ABBREVIATIONS or len(word) == 1 or ordinal) \
                and not ((word in _CLOCK_MARKS or word.isdigit()) and _OPENER.match(text, match.end())) \
                and not (word in _CLOCK_MARKS and _TIMED_SENTENCE.match(text, match.end())) \
                and not (len(word) == 1 and _PRONOUN_OPENER.match(text, match.end())):
            # ("... in Halifax on January 19. The next day ...": a day's number, then a sentence's opening word)
            continue
        if text[match.start()] == "." and text[match.end() : match.end() + 1].isdigit() \
                and _cut_short_before_its_number(word, text[match.start() - len(word)]):
            continue
        if text[match.start()] == "." and word in _FIRM_SUFFIXES and _WEEKDAY_DATE_NEXT.match(text, match.end()):
            continue  # "... v. Batson & Brown, Inc. Thursday, November 6, 2014 10:00 a.m.": a case's row goes on
        if text[match.start() - 2 : match.start() + 1] == "ca." and word == "ca" \
                and text[match.end() : match.end() + 1].isdigit():
            continue  # circa, in lower case before its figure: "16.00 tot ca. 17.00 uur" (not "Fresno, CA. A ...")
        if text[match.start()] == "." and word == "may" and (_YEAR_NEXT.match(text, match.end())
                                                             or _SPAN_DAY_NEXT.match(text, match.end())):
            continue  # "Sunday 23. May. 2021", "to May. 3, 2024": a dotted month as its neighbours write "Sep."
        if _inside_low_quote(text, start, match):
            continue
        yield from _bounded(text, *_trimmed(text, start, match.end()))
        start = match.end()
    if text[start:].strip():
        yield from _bounded(text, *_trimmed(text, start, len(text)))


def sentence_around(text: str, at: int) -> tuple[int, int]:
    """(start, end) of the sentence of `text` that holds the character at `at`; the whole text when none does."""
    return next(((a, b) for a, b in sentence_spans(text) if a <= at < b), (0, len(text)))


_QUOTE_REACH = 120  # characters to the closing mark of a quoted title that holds a full stop


def _inside_low_quote(text: str, start: int, match: re.Match[str]) -> bool:
    """A full stop inside a German-quoted title the sentence goes on after: „Blick zurück nach vorn. Wie die
    Pandemie uns verändert hat“ (15. November, 14 Uhr). The low opening mark „ is never a closing one."""
    opened = text.rfind("„", start, match.start())
    if opened < 0 or "“" in text[opened : match.start()]:
        return False
    closing = text.find("“", match.start(), match.start() + _QUOTE_REACH)
    return closing > 0 and "„" not in text[match.start() : closing]


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    if end - start <= MAX_SENTENCE:
        return [(start, end)] if end > start else []  # most sentences (already trimmed)
    pieces = []
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        pieces.append(_trimmed(text, start, cut))
        start = cut
    if end > start:
        pieces.append(_trimmed(text, start, end))
    return pieces


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end

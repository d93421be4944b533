"""What a reader keeps in mind while going through an article, and how a finding is recorded. Pure.

The day in context (which "the same day" and a list line with only a time refer to, and
which gives a year-less date its year), the place a heading or a venue line sets, the zone
an "All times are CET" line declares, and the findings so far.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from parsers import beforeday, comingyear, kinds, meridiem, resolve, yearslips
from parsers.blocks import Block
from parsers.dates import DayPart, Mention, resolve_day
from parsers.fieldnames import ABOUT, START, TIME, WHEN, WHERE, alternatives
from parsers.findings import Finding
from parsers.places import Place, most_named_place
from parsers.relativedays import relative_day
from parsers.tense import tells_what_is_to_come

_LEADING_LIMIT = 30  # a mention this close to the start of a sentence opens it

# ("2. 11 October 2022 – General debate": a numbered line's number alone opens it before its date; "1. Date and
# Time: ..." is a numbered field, read as fields are)
OPENING_WORDS = re.compile(
    r"^\W*(?:\d{1,2}|[ivx]{1,4}|[a-h])[.)][ \t]+$"
    r"|^\W*(?:(?:on|from|at|by|between|during|in|and|und|et|then|around|about|approx\.?|approximately|circa|c\.|as of"
    r"|ca\.|not before|starting at|starts at"
    # a press office's label of what coverage a date allows ("WORT-BILD-TERMIN: 19.00 Uhr", "Bild-Termin:",
    # "Fototermin:"): no title, the line under it says what happens
    r"|(?:(?:wort|bild|foto|presse|medien|ton)-?)+termin\s*:"
    # a field's name ("Date:", "Time:"), or a start's (fieldnames.START: "Start:", "Kick-off:", "Beginn:")
    # ("Start Date:", "Event Date:": an event page's day under its own name)
    rf"|(?:(?:hour|time|timing|when|date|wann|datum|termin|uhrzeit|zeit|quand|heure|fecha|hora)s?|(?:start|event)\s+date"
    rf"|{alternatives(START)})"
    r"(?:\s*(?:&|and|/)\s*(?:time|date)s?)?\s*:)"
    r"\s*)*\W*$",
    re.IGNORECASE,
)

# "Location: NATO Headquarters, Brussels", "Location – Sandy": where a list's events (or the one above) are.
VENUE_LINE = re.compile(rf"^(?:{alternatives(WHERE)})\s*(?::|[–—-](?=\s))\s*(?P<venue>.+)$", re.IGNORECASE)

LETTERS = re.compile(r"[^\W\d_]+")
_STREET = re.compile(r"\s*\d{1,5}\s+(?:[\w.'’-]+\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr"
                     r"|Lane|Way)\b")
# "City Council Chambers", "Harbour Board Room": a line that is only the name of a room says where, not what.
# (Not "Hall", which names meetings too: "Virtual Town Hall".)
_ROOM = re.compile(r"\s*(?:[A-Z][\w.'’-]*\s+){0,5}(?:Chambers?|Room|Boardroom|Auditorium|Building)\s*$")

# (and a table's empty cell, a dash alone between bars: "10:00 | Video address | — |")
NOTHING = re.compile(r"\((?:tbc|tbd|to be confirmed|approx\.?|approximately|indicative)\)|\|\s*[-–—]+\s*(?=\||$)",
                     re.IGNORECASE)

# A clock and the words that say it ("a las 13:00", "at 10.30", "um 9 Uhr"): a title of only these names nothing.
_CLOCK_SAID = re.compile(r"\b\d{1,2}(?:[:.h]\d\d)?\b"
                         r"|\b(?:(?:a\s+)?las?|at|à|um|alle(?:\s+ore)?|às|ore|horas?|hrs?|uhr|heures?)\b",
                         re.IGNORECASE)
MAX_TEXT = 1500  # characters of source text an event carries
_ROW_OPENING = 3  # a time this near the start of its line ("• 1:30 ...") opens a row
_THIS_YEAR = re.compile(r"\s*,?\s*(?:of\s+)?this\s+year\b", re.IGNORECASE)
# "on July 23-August 8 next year", "im nächsten Jahr", "l'année prochaine": the year after the text's.
_NEXT_YEAR = re.compile(r"\s*,?\s*(?:(?:of\s+)?next\s+year|(?:im\s+)?nächsten\s+Jahr(?:es)?|de\s+l'année\s+prochaine"
                        r"|l'an(?:née)?\s+prochain(?:e)?)\b", re.IGNORECASE)
# A field's name left alone as a title ("WHEN: Tuesday, March 17, 2020, at 6 p.m."): it says when, not what.
_FIELD_NAMES = frozenset((*WHEN, *TIME, *ABOUT))
# "Posted Aug 30, 2024 10:49 AM Agenda": an agenda center's row, its meeting's day aside, holds only the stamp of the
# paper posted and the paper's name, which say nothing of what meets (the committee's heading above does)
_POSTED_ONLY = re.compile(
    r"(?:[A-Z][a-z]+:\s+)?[\W_]*(?:posted|published|uploaded|updated|added)(?:\s+on)?\s+"
    r"(?:[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4})"
    r"(?:\s+(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?)?"
    r"(?:\s+(?:agenda|minutes|packet|pdf|video|audio|download)s?)*\s*", re.IGNORECASE)
_FIELD_LINE = re.compile(rf"\W*(?:{alternatives((*WHEN, *WHERE, *ABOUT))})\s*:", re.IGNORECASE)  # "Location: ..."
_ENUMERATOR = re.compile(r"^\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s*")  # "1. ", "(a) ", "iv) " before a field's name
_YEAR_DAYS = 366  # a weekday may pick a year of the item's own dates this far from the day in context
_NAMED_YEAR_REACH = 2  # a named year is taken when it is this near the year a date would get
_HISTORY = dt.timedelta(days=366)  # how long before the newest day a full date is history


@dataclass(slots=True)
class Reading:
    """What a reader keeps in mind while going through an article."""

    day: dt.date  # the day the text is about now
    year_evidence: bool  # does the article (or its date) give years, or are we guessing
    newest: dt.date | None  # the newest explicitly dated day: older than a year before it is history
    anchored: bool = False  # has the text named a day yet (for "the same day")
    published: dt.date | None = None  # for "today" and "tomorrow"
    month_named: dt.date | None = None  # the 1st of the month an undated item names with its year ("abril de 2024")
    month_stamped: bool = False  # is that month the item's stamp's, a line of its head alone ("Marzo de 2019")
    opening: dt.date | None = None  # the item's first full date: "today" when no publication date is known
    zone_given: bool = False  # the source's clock was chosen for it (`--timezone`): its script names no place
    zone_label: str = ""  # set by "All times are CET" for the times after it
    heading_place: Place | None = None
    venue: str = ""  # set by a "Location: ..." line
    venue_at: int | None = None  # that line's block
    day_field: int | None = None  # the block of the last "Date: Friday 12 June 2026" line, a field of only a date
    post_days: dict[int, dt.date] = field(default_factory=dict)  # a page of posts: the block of each post's date line
    blocks: list[Block] = field(default_factory=list)
    _main_place: list[Any] = field(default_factory=list)  # (place, named more than once), computed when needed
    _area: list[Place | None] = field(default_factory=list)
    area_of: Callable[[], Place | None] = lambda: None  # how the article finds its area (article.py sets it)

    def main_place(self) -> Place | None:
        """Where the article mostly says things happen: for list lines naming no place."""
        if not self._main_place:
            # ("Location – Nashville, TN" under one entry says nothing of the others)
            self._main_place.extend(most_named_place(b.text for b in self.blocks if not VENUE_LINE.match(b.text)))
        place: Place | None = self._main_place[0]
        return place

    def area(self) -> Place | None:
        """Where the article's events happen when one names no place (computed once, when first needed)."""
        if not self._area:
            self._area.append(self.area_of())
        place: Place | None = self._area[0]
        return place

    def long_before_the_newest(self, part: DayPart | None) -> bool:
        """Is a full date more than a year before the item's newest day (a past diary quoted, the subject of a
        report: "the Minister's engagements on 3 March 2020" in an answer of 29 March 2022)?"""
        if part is None or part.year is None or self.newest is None:
            return False
        try:
            return dt.date(part.year, part.month, part.day) < self.newest - _HISTORY
        except ValueError:
            return False

    @property
    def main_place_repeated(self) -> bool:
        return self.main_place() is not None and bool(self._main_place[1])
    title: str = ""  # the article's title, for list lines that give only a time
    last_item: tuple[int, int] | None = None  # block and chunk of the last list entry, which a venue line may locate
    caption: str = ""  # "- Lock-Up": a short line naming the entry below it
    caption_at: int | None = None  # its block
    caption_heads_run: bool = False  # a heading's caption ("Third Committee"), which names each row of the run below it
    last_row_at: int | None = None  # the timed row a heading's caption was last carried to
    slot_caption: str | None = None  # the caption over a run of dated slot lines, kept for each ("Sessions:")
    # Captions that alternate with dated lines, by block: is each caption over its line (pendingtime.py)? Found once
    # for a whole run, so a long run is read in one pass.
    caption_runs: dict[int, bool] = field(default_factory=dict)
    chunk_turns: dict[int, bool] = field(default_factory=dict)  # chunk -> do names and date lines take turns in it
    by_number: dict[int, Block] = field(default_factory=dict)  # the blocks by number, made when first asked
    mentions_of: dict[int, list[Mention]] = field(default_factory=dict)  # each block's mentions, found once
    slot_next: int = -1  # the block of the run's next slot line
    slotted: list[Finding] = field(default_factory=list)  # the findings of dated slot lines, in order (pendingtime.py)
    this_week: frozenset[int] | None = None  # weekdays said as "this Saturday" in the item, found when first needed
    list_heading: tuple[int, str] | None = None  # "Meeting dates - 2020": a year's heading over a list, and its block
    heading_line: tuple[int, str] | None = None  # the last heading: its block and text
    caption_where: str = ""  # an address line under the caption, where that entry is
    part: str = ""  # the heading naming the entry of the page's part being read ("Flea market at the DIY store")
    local_at: int | None = None  # the last "Local Event Time:" line
    field_at: int | None = None  # the last "- Time" line: the line under it is a field's value
    place_label_at: int | None = None  # the last "Location" line under a waiting time: the line under it is where
    practical: bool = False  # under "Cards can be picked up at these times:"
    dated_finding_at: int | None = None  # the diary row that gave dated_finding: a row like it may follow
    diary_days: int = 0  # lines of the item that say only a day: two or more head a diary's entries
    card_days: list[dt.date] = field(default_factory=list)  # days of the lines that are only a date
    stamp_at: int | None = None  # the block of the story's stamp ("June 28, 2018 / 3:54 AM"): no card's day
    date_lines: list[tuple[int, dt.date]] = field(default_factory=list)  # those lines' numbers and days
    dated_line: int | None = None  # the last line that was only a date ("06 Dec 2023")
    dated_chunk: int | None = None  # its chunk: a name under it past a blank line heads the next card instead
    dated_mention: Mention | None = None
    dated_finding: Finding | None = None  # the entry named on the line under a date line, still without a time
    section: str = ""  # a heading naming proceedings ("Oral Arguments"): the rows under its date lines are events
    row_at: int | None = None  # the last row of names under a date line ("Lorenzo v. SEC (17-1077)")
    row_text: str = ""  # that row, while no section names what it is
    row_days: list[dt.date] = field(default_factory=list)  # the days of a calendar's rows read so far
    heading_day: dt.date | None = None  # "Today at the Court - Friday, Nov 15, 2024": the day of the lines below
    banner_day: dt.date | None = None  # "SUNDAY 26 MAY 2019" opening the item: the day its "Race day" part is about
    year_reason: str = ""  # why a date without a year gets the year it gets
    # a day in context a heading's rule moved, and why (dayheading.before_the_next_day_line): noted on its entries
    day_reason: tuple[dt.date, str] | None = None
    year_guessed: bool = False  # no full date and no publication date: the item's year is an inference
    item_years: frozenset[int] = frozenset()  # the years the item's full dates and publication date give
    # "Barbados became independent on 30 November 1966 ... a reception on Monday 30 November": full dates whose day
    # and month a year-less weekday date of the item repeats in a year that weekday does not fit; their anniversary
    # is what the item announces, and they are history
    anniversaries: frozenset[dt.date] = frozenset()
    paired: dict[tuple[int, int], int] = field(default_factory=dict)  # (month, day) -> weekday the text says it has
    slips: dict[tuple[int, int, int], int] = field(default_factory=dict)  # days whose year was a slip (yearslips)
    named_year: int | None = None  # the year a paragraph named by itself so far ("the 2022 Games")
    heading_year: int | None = None  # the year a heading names for the list below it ("2023 Board Meetings")
    coming_list: bool = False  # under a heading of what is to come ("Upcoming events"): its rows' days are to come
    row: bool = False  # the block read is a row of a list (a short list line with a day and a clock time)
    standing_time: Mention | None = None  # "The board meets at 6:30 p.m. on the fourth Monday": its list's time
    titled: bool = False  # the title gives the day of the article's list
    last_prose: int | None = None  # the paragraph that gave the last finding from prose
    previous: str = ""  # the sentence before, for one that says only when ("The event starts at 13:00")
    series_time: Mention | None = None  # "Every lecture starts at 8 p.m.": the time of the dated entries after it
    series_said: str = ""  # the sentence that gives it, for the note
    series_noun: str = ""  # "lecture": a sentence that names it is an entry of the series
    series_block: int = -1  # the block that gives it: the entries are the blocks after it, ...
    series_layout: str = ""  # ... while they keep the kind of the first of them
    findings: list[Finding] = field(default_factory=list)
    # "Le 2 décembre 2014, ..." then "À 00h49, les gendarmes tirent ...": a day of history the text told last, and
    # the findings of the times said after it with no day of their own, which are that history's (article.py drops
    # them)
    history_day: dt.date | None = None
    history_findings: list[Finding] = field(default_factory=list)
    history_diary: bool = False  # the history day heads a diary's rows ("For 3 March 2020, the diary ... records:")
    incident_clocks: set[dt.time] = field(default_factory=set)  # "De melding werd om 11:12 ... verzonden": not events
    reference: dt.date | None = None  # the day the text is read: a weekday no item date fits is sought near it
    named_years: list[int] = field(default_factory=list)  # years the item names ("Expo 2017"), which break a tie
    agreed_year: int | None = None  # the one year near its day in which all the item's many weekday dates fit
    published_inferred: bool = False  # the publication date's year is a guess (a wire's "Nov 9"): say so
    # Are the item's only full dates told in the past ("On 26 December 2004 a tsunami took ...")? Then they say
    # nothing of the year of its weekdays. Asked only when a weekday contradicts a year (article.py sets it).
    history_dated: Callable[[], bool] = lambda: False
    written_after: Callable[[], dt.date | None] = lambda: None  # an undated item's newest day of history
    # Every year the item writes out ("plans for 2021"): asked only when a weekday fits no year near the item's day.
    written_years: Callable[[], frozenset[int]] = frozenset
    _twelve_hour: list[bool] = field(default_factory=list)  # does the item keep to the 12-hour clock (when asked)

    def twelve_hour(self) -> bool:
        if not self._twelve_hour:
            self._twelve_hour.append(meridiem.twelve_hour(self.blocks))
        return self._twelve_hour[0]


# "FORT WAYNE, Ind. - ", "RIO DE JANEIRO, BRAZIL - ": a news dateline, the town in capitals (a state or country
# after it) and a dash; what follows it opens the sentence ("FORT WAYNE, Ind. - Saturday brings ...").
_NEWS_DATELINE = re.compile(r"[A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+){0,3}"
                            r"(?:,[ \t]*[A-Z][A-Za-z.]+(?:[ \t][A-Z][A-Za-z.]+)?)?[ \t]+[–—-][ \t]+")


def opens(text: str, mention: Mention) -> bool:
    start = 0
    if text[1:2].isupper():  # (most sentences open in lower case after their capital: no dateline to look for)
        dateline = _NEWS_DATELINE.match(text, 0, mention.start)
        start = dateline.end() if dateline is not None else 0
    return mention.start - start <= _LEADING_LIMIT and bool(OPENING_WORDS.match(text[start : mention.start]))


def blocks_by_number(context: Reading) -> dict[int, Block]:
    """The item's blocks (datelines aside) by number, made when first asked (most items never ask)."""
    if not context.by_number:
        context.by_number.update((b.number, b) for b in context.blocks)
    return context.by_number


def add(context: Reading, text: str, day_mention: Mention | None, time_mention: Mention | None, kind: str,
         summary: str, place: Place | None, said: list[Mention], location: str = "",
         overnight: bool = False) -> Finding:
    """Record a finding: its days (a named date, else a day relative to the day in context), its time, zone and
    place, and notes on every inference; the day in context moves to it. `overnight`: a time listed past midnight
    after the event's own ("9pm, 11pm & 12.30am"), on the calendar day after the one named, which stays the day in
    context."""
    if day_mention is not None and day_mention.kind in ("day", "span") and day_mention.first:
        first, last, year_inferred, notes = _named_days(context, text, day_mention, day_mention.first)
        date_inferred = False
    else:
        first, last, year_inferred, notes = _relative_days(context, text, day_mention)
        date_inferred = True
    if len(text) > MAX_TEXT:
        text = text[: MAX_TEXT - 1].rsplit(" ", 1)[0] + "…"
    said_what = summary.split(": ", 1)[-1]  # (the label's colon, not a clock's: "... (+/- 12:30)")
    # "1. Date and Time: (reception opens)": a numbered field's name, what is left of its value said beside it
    field = _ENUMERATOR.sub("", said_what.strip(" :").split(":", 1)[0]).strip().lower()
    if not LETTERS.search(_CLOCK_SAID.sub("", said_what)) or field in _FIELD_NAMES or kinds.subjectless(said_what) \
            or kinds.other_clock_only(summary) or _POSTED_ONLY.fullmatch(summary.strip()):
        # "Event: ", "Event: WHEN", "Meeting: Event Type" say nothing: the caption above, else the page's title
        caption = "" if context.caption.strip(" :").lower() in _FIELD_NAMES or _FIELD_LINE.match(context.caption) \
            else context.caption
        summary = kinds.item_summary(kind, caption or context.title)
    elif _STREET.match(said_what) or _ROOM.fullmatch(said_what):
        # "55 Trinity Avenue SW, Room One", "City Council Chambers": where, not what; the page's title says
        summary = kinds.item_summary(kind, context.title or context.caption)
    time, until = _clock_time(context, time_mention, first), time_mention.until if time_mention else None
    at_night = meridiem.evening(time_mention, text) if time_mention and context.twelve_hour() else None
    if at_night is not None and time_mention is not None:
        time, until = at_night
        notes = [*notes, f"time {time:%H:%M} inferred: {time_mention.text.strip()!r} names no half of the day,"
                 " and the sentence speaks of the evening"]
    after = dt.timedelta(days=1 if overnight else 0)
    finding = Finding(
        first=first + after, last=last + after, kind=kind, summary=summary, text=text,
        as_published=" ".join(m.text for m in said) or text[:60],
        place=place, location=location or context.caption_where
        or (context.venue if place is context.heading_place else ""),
        headed=place is not None and place is context.heading_place,
        time=time, until=until,
        zone_label=(time_mention.zone or context.zone_label) if time_mention else "",
        year_inferred=year_inferred, year_certain=context.year_evidence or not year_inferred,
        date_inferred=date_inferred, notes=tuple(n for n in notes if n),
        caption=context.part,
    )  # fmt: skip
    context.findings.append(finding)
    if date_inferred and (time_mention is not None or context.history_diary) and context.history_day is not None \
            and (context.history_day != first or context.history_diary) and not tells_what_is_to_come(text):
        # A clock time of the history told just before, put on another day (the item's): that history's, no event.
        # (On the day in context itself, "convenes at 10:30 on Thursday, 11 December 2014" under a title of that
        # day, the time is that day's, however old beside a page's later update; but under a past diary's heading,
        # "For 3 March 2020, the diary ... records:", its rows and what is said of "that day" are that history's.)
        context.history_findings.append(finding)
    elif not date_inferred:
        context.history_day = None  # a day of the item's own time: what follows is no longer that history
        context.history_diary = False
    if not (context.caption_heads_run and context.caption_at == context.last_row_at):
        context.caption, context.caption_where = "", ""  # a caption names the one entry after it
    if not (day_mention is not None and day_mention.kind == "span" and context.titled) \
            and not (first < context.day and day_mention is not None and day_mention.kind == "weekday"
                     and beforeday.preceded(text, day_mention)):
        # A list under a dated title ("Public Schedule – October 13, 2022") stays on that day when one of its
        # lines mentions someone's trip "from October 12-16"; so does an item when a day is said to come before
        # its day ("Details follow on Thursday, before Friday's Draw. The Draw starts at 12pm": Friday's).
        context.day, context.anchored = first, True
        if date_inferred and day_mention is not None:
            # "Bhubaneswar: Tomorrow the Minister ..." over rows of times with no day: the rows take the day that
            # "Tomorrow" names, an inference to say, as a weekday heading's is (_relative_days)
            context.day_reason = (first, f"date {first:%d %B %Y} inferred: the row gives no day; it is the day"
                                         f" {day_mention.text.strip()!r} names above it")
    return finding


def _named_days(context: Reading, text: str, mention: Mention,
                part: DayPart) -> tuple[dt.date, dt.date, bool, list[str]]:
    """The first and last day a date or span names, whether its year is inferred, and the notes that say why
    ("this year", "next year", a year the paragraph names, or the item's own reason)."""
    notes: list[str] = [mention.note] if mention.note else []  # ("23일(금)": its month inferred, dayheading)
    careful = _careful_default(part, context, None)  # (asked before the day read moves the context)
    first, year_inferred, note = resolve_part(part, context)
    if context.slips and (mended := yearslips.note(first, context.slips, context.published)):
        year_inferred, note = True, mended
    notes.append(note)
    this_year = _THIS_YEAR.match(text, mention.end) if mention.end <= len(text) else None
    if year_inferred and this_year:
        # "on 16 and 17 May this year": the year of the text, not the nearest one.
        first = in_year(first, (context.published or context.day).year)
        notes.append(resolve.year_note(first, "the text says 'this year'"))
    elif year_inferred and _NEXT_YEAR.match(text, mention.end):
        first = in_year(first, (context.published or context.day).year + 1)
        notes.append(resolve.year_note(first, "the text says 'next year'"))
    elif year_inferred and context.heading_year and first.year != context.heading_year:
        # "2022 Meeting Archive" over "January 24 - Watch Livestream": the list's year, past or not.
        first = in_year(first, context.heading_year)
        notes.append(resolve.year_note(first, f"the heading above names {context.heading_year}"))
    elif year_inferred and context.named_year and 0 < abs(context.named_year - first.year) <= _NAMED_YEAR_REACH \
            and not (context.published and context.named_year < context.published.year):
        # (A year before the item's own, "wählten die Tunesier 2019 ...", is history told beside it: a
        # year-less date stays near the item's date.)
        first = in_year(first, context.named_year)
        notes.append(resolve.year_note(first, f"the paragraph names {context.named_year}"))
    elif year_inferred and (bound := context.published or _recent(context.written_after(), context)) is not None \
            and (later := comingyear.next_year_day(first, bound, text, mention, announced=context.coming_list)):
        first = later
        notes.append(resolve.year_note(first, comingyear.reason(first, bound,
                                                                of="date" if context.published else "history")))
    elif year_inferred and careful and context.reference is not None \
            and (later := comingyear.next_year_day(first, context.reference, text, mention)) \
            and later - context.reference < context.reference - first:
        # "The forum will be held on 4 April", "The forum opens on 4 April", read on 10 January in an item that dates
        # nothing: the April to come, not the one the careful default takes (a bare or past mention keeps it; the
        # present of a schedule tells a plan as the future does). Only where it is the nearer: the item may be months
        # older than the reference date, so "will meet on 9 June" read on 1 December stays June's past one, as the
        # default has it.
        notes.remove(note)  # (the default's year, which the tense overrules)
        first = later
        notes.append(resolve.year_note(first, f"the date gives none; it is told as to come, and {first:%d %B} of"
                                              f" {first.year - 1} was before the reference date"
                                              f" {context.reference:%d %B %Y}"))
    elif year_inferred and not resolve.is_inference(note):  # (the weekday's own reason is noted already)
        notes.append(resolve.year_note(first, context.year_reason))
    last = first
    if mention.last is not None:
        last, _, note = resolve_part(mention.last, context, near=first)
        notes.append(note)
        if this_year:
            last = in_year(last, first.year)
        if last < first:  # "30 December - 2 January": the span runs into the next year
            last = last.replace(year=last.year + 1)
    return first, last, year_inferred, notes


def _relative_days(context: Reading, text: str, mention: Mention | None) -> tuple[dt.date, dt.date, bool, list[str]]:
    """The first and last day of a relative day ("On Wednesday", "the same day", "from Tuesday to Thursday") or
    of none (the day in context), whether its year is inferred, and the note that says why."""
    notes: list[str] = []
    year_inferred = False
    first = relative_day(mention, context, text)
    last = first
    if mention is None and context.day_reason is not None and context.day_reason[0] == first:
        notes.append(context.day_reason[1])
    if mention is not None and mention.kind == "weekdays":
        last = first + dt.timedelta(days=mention.offset)  # "from Tuesday to Thursday"
    if context.published_inferred and first.year == (context.published or first).year:
        year_inferred = True  # "on Friday" after a wire's "Mar 4": its year is the dateline's guessed one
        notes.append(resolve.year_note(first, context.year_reason))
    elif context.year_guessed or first.year not in context.item_years:
        # An entry under the heading "Monday 8 May", or "on Tuesday", in an item that gives no year, or under
        # "Friday, Jan. 10" in an item dated December 2002: the year of the day it counts from is inferred.
        year_inferred = True
        notes.append(resolve.year_note(first, context.year_reason))
    return first, last, year_inferred, notes


def _clock_time(context: Reading, mention: Mention | None, day: dt.date) -> dt.time | None:
    """The mention's time; an unmarked row after an afternoon row, in a 12-hour diary, is in the afternoon
    (a row: the time opens its line; "at 8:00" inside a sentence is left as written)."""
    if mention is None or mention.start > _ROW_OPENING:
        return mention.time if mention is not None else None
    previous = context.findings[-1] if context.findings else None
    later = meridiem.afternoon(mention, day, previous) if previous is not None and previous.time is not None \
        and previous.time.hour >= 12 else None
    return later if later is not None and context.twelve_hour() else mention.time


def in_year(day: dt.date, year: int) -> dt.date:
    """That day in `year` (29 February, in a year without it, stays where it was)."""
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return day


def _item_year_fitting(part: DayPart, context: Reading) -> tuple[dt.date, str] | None:
    for year in sorted(context.item_years, key=lambda y: abs(y - context.day.year)):
        try:
            day = dt.date(year, part.month, part.day)
        except ValueError:
            continue
        if day.weekday() == part.weekday and abs((day - context.day).days) <= _YEAR_DAYS:
            return day, f"{day:%A} {day:%d %B} falls in {year}, a year of the item's dates"
    return None


def _agreed_year_fitting(part: DayPart, context: Reading) -> tuple[dt.date, str] | None:
    year = context.agreed_year
    if year is None or part.weekday is None or not part.weekday_fits(year):
        return None
    day = dt.date(year, part.month, part.day)
    return day, f"{day:%A} {day:%d %B} falls in {year}, the one year near it in which all the item's weekdays fit"


def resolve_part(part: DayPart, context: Reading, near: dt.date | None = None) -> tuple[dt.date, bool, str]:
    day, inferred, note = _resolve_near(part, context, near)
    if not inferred or near is not None or part.weekday is None or context.published is not None:
        return day, inferred, note
    bound = _history_before(part, day, context)
    if bound is None:
        return day, inferred, note
    later = resolve.weekday_after(part, bound, context.written_years(), context.reference)
    if later is None:
        return day, inferred, note
    context.year_reason = f"the date gives none; it is put near {later[0]:%d %B %Y}, where {later[1]}"
    return later[0], True, resolve.year_note(later[0], later[1])


def _recent(history: dt.date | None, context: Reading) -> dt.date | None:
    """The day of history an undated item was written after, unless it is ages old (a treaty of 1919 does not put
    the item's "11 April" in 1920)."""
    return None if history is None or context.reference is not None \
        and comingyear.ages_before(history.year, context.reference) else history


def _history_before(part: DayPart, day: dt.date, context: Reading) -> dt.date | None:
    """The day of history an undated item's year-less weekday date, put on `day`, must come after; None when
    `day` is not before history."""
    # "The Commission, founded on 14 May 1965, ... will be in Accra on Monday 9 November": an undated item is
    # written after the history it tells, and the days it announces come after it too (not 9 November 1964, the
    # weekday's nearest fit to the founding).
    gone = context.written_after()
    if gone is not None and day < gone:
        return gone
    # (and the weekday date of a full date's anniversary comes after it)
    return max((d for d in context.anniversaries if (d.month, d.day) == (part.month, part.day) and day <= d),
               default=None)


def _ages_old(context: Reading) -> bool:
    """Is the day in context of an undated item decades before the reference date: history, not the time whose days
    the item announces? A weekday that misses that old year ("Independence Day: 30 October 1964" above rows from
    "Wednesday 23 October") is then read as of the reference date, not in a year beside the old one where all the
    rows happen to fit. (An item dated so, "London, 3 March 1995", is an archive's: its days stay near its date.)"""
    return context.published is None and context.reference is not None \
        and comingyear.ages_before(context.day.year, context.reference)


def _careful_default(part: DayPart, context: Reading, near: dt.date | None) -> bool:
    """Is a year-less date, no weekday with it, read by the careful default (resolve.default_day): nothing in the
    item dates it, and no day of it has been read yet?"""
    if part.year is None and part.weekday is None and (part.month, part.day) in context.paired:
        return False  # (the weekday said of the date picks the year)
    return near is None and part.year is None and part.weekday is None and context.reference == context.day \
        and not context.year_evidence and not context.anchored


def _resolve_near(part: DayPart, context: Reading, near: dt.date | None) -> tuple[dt.date, bool, str]:
    if part.year is None and part.weekday is None and (part.month, part.day) in context.paired:
        # "On 4 November ... Because 4 November falls on a Tuesday": the weekday said of the date picks the year
        part = DayPart(part.day, part.month, None, context.paired[(part.month, part.day)])
    if _careful_default(part, context, near) and context.reference is not None:
        # Nothing in the item dates it, and no day of it has been read yet: the careful default.
        day, reason = resolve.default_day(part, context.reference)
        return day, True, resolve.year_note(day, reason)
    day, inferred, note = resolve_day(part, near or context.day)
    if inferred and note and near is None:
        # The weekday fits no year near the day in context (a date of history told before it): the weekday wins.
        # (An item dated only by its history is read as of today; one dated by its own day keeps that year.)
        fitting = resolve.weekday_year(part, context.published, context.reference if context.history_dated()
                                       else None, context.named_years)
        # A list read in order may have carried the day in context past it ("Friday, October 4" after June's
        # meeting): the weekday picks a year of the item's own dates within a year of that day.
        fitting = fitting or _item_year_fitting(part, context)
        # A table of year-less weekday dates that all fit one other year near its day ("Wednesday - Thursday, 16 -
        # 17 January" and eleven rows like it under a stamp of 2020): that year, not a slip in every row.
        # (not beside a decades-old day: the rows are of today's calendar, read below)
        if not _ages_old(context):
            fitting = fitting or _agreed_year_fitting(part, context)
        # An item whose full dates are of another time ("24 April 1980" in a list row above it): the weekday picks
        # the one year the item writes in which it fits ("Monday (18 January)" beside "plans for 2021").
        fitting = fitting or resolve.written_year(part, context.written_years(), context.published)
        if fitting is None and _ages_old(context):  # as of the reference date
            fitting = resolve.year_of_weekdays([part], context.named_years, context.reference or context.day)
        if fitting is not None:
            # The days read after it are put near it: their notes say why its year is taken.
            context.year_reason = f"the date gives none; it is put near {fitting[0]:%d %B %Y}, where {fitting[1]}"
            return fitting[0], True, resolve.year_note(fitting[0], fitting[1])
    return day, inferred, note

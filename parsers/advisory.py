"""The lines of a media advisory's list: a heading, and a line that opens with a date and/or a time. Pure.

    Kosovo                                          a place heading: where the entries below are
    Monday, 20 November                             a date heading: their day
    09:15 (CET)  Joint press conference by ...      an entry: when, then what (and maybe where)

article.py walks the blocks and hands these lines here; prose.py reads the paragraphs.
"""

from __future__ import annotations

import datetime as dt
import re

from parsers import (
    calendarrows,
    clauses,
    closures,
    comingyear,
    deadlines,
    documents,
    extent,
    itinerary,
    kinds,
    rowdays,
    saidtoday,
    schedule,
    scheduleentries,
    series,
    slotrows,
    stamps,
    stays,
    tense,
    timefield,
    venuecolumn,
)
from parsers.area import is_local
from parsers.blocks import ITEM, Block, numbered, sentence_spans
from parsers.cardnames import card_named_above, name_above_a_dated_row, said_above
from parsers.datefree import without_dates
from parsers.dates import DayPart, Mention
from parsers.daycard import DAY_FIELD
from parsers.entrywords import content, practicality
from parsers.findings import Finding
from parsers.places import COUNTRY, Place, PlaceMention, best_place, closing_place, find_places
from parsers.reading import NOTHING, OPENING_WORDS, VENUE_LINE, Reading, add, in_year, resolve_part
from parsers.recurring import negated, recurring
from parsers.relativedays import relative_day

_ITEM_SEPARATOR = re.compile(r"^[\s,;:|•·–—-]*")
# "(afternoon): ", "(to be confirmed) – ", "(Suva): " after a row's day
# An aside in brackets of when the doors open, before the time: "(doors open 7 pm)", "(zaal open 19.00 uur)",
# "(deuren open om 19.00 uur)", "(inloop vanaf 19.00 uur)", "(Einlass 19 Uhr)", "(ouverture des portes à 19h)"
_DOORS_ASIDE = re.compile(r"\(\s*(?:(?:doors?|gates?|zaal|deuren?)\s+open\w*|inloop|einlass|saalöffnung"
                          r"|ouverture\s+des\s+portes|apertura\s+de\s+puertas)\b[^()\d]{0,20}\d[^()]{0,20}\)\s*",
                          re.IGNORECASE)
_LEADING_ASIDE = re.compile(r"\((?P<aside>[^()\d]{1,30})\)\s*[:–—-]\s*(?=\w)")
_PLACE_HEADING = 0.6  # share of a heading that place names fill when it names where the entries below are
_WHOLE_DAY_ENDS = (dt.time(23, 59), dt.time(0))
_VENUE_ROW_WORDS = 6  # words of a venue after a row's time ("9.30 Uhr, Schloss Bellevue")

_PAPER_REACH = 130  # the words ahead of a day that may name the paper it dates (documents.named's reach)


def heading(block: Block, mentions: list[Mention], context: Reading) -> None:
    if not schedule.generic(block.text):
        context.previous = ""  # a sentence above a heading ("Thursday") does not say what happens under it; a field
        # name ("WHEN") goes on about the event above it
    places = find_places(block.text)
    covered = sum(p.end - p.start for p in places)
    if places and covered >= _PLACE_HEADING * len(block.text.strip()):
        context.heading_place = places[0].place  # "London, United Kingdom" over an itinerary's entries
    elif (visited := visit_heading(block.text, places)) is not None:
        context.heading_place = visited  # "Bulgária, visita oficial (1.º dia)" over the times of that day's visit
    elif not schedule.COVERAGE.match(block.text) and not is_local(context):
        # A new section ("Kosovo" then "Press conference") is somewhere else; in an itinerary
        # in local times, only the next place heading moves it.
        context.heading_place = None
    if not mentions:
        calendarrows.after_calendar(block, context)
    days = [m for m in mentions if m.kind == "day" and m.first]
    if len(mentions) == 1 and mentions[0].kind == "weekday" and schedule.only_when(block.text, mentions):
        # "Wednesday" alone over the times of that day: the next such day from the day in context (or that day).
        context.day, context.anchored = relative_day(mentions[0], context), True
        return
    if days and not any(m.kind == "time" for m in mentions):
        # A date heading ("Monday, 20 November") sets the day of the list below it.
        context.day, context.anchored = _day_of_line(block, days[0], days[0].first, context), True  # type: ignore[arg-type]
    elif any(m.kind == "time" for m in mentions):
        item(block, mentions, context)


# "State visit to Japan - day 2", "Official Visit to the Republic of Bulgaria - Day 1", "Bulgária, visita oficial
# (1.º dia)", "Visite d'État au Sénégal": a short heading naming a visit and where it is, over that visit's entries.
_VISIT_WORD = re.compile(r"\b(?:(?:state|official|working)\s+visit|visit\s+to|visita\s+(?:oficial|de\s+estado|a)"
                         r"|visite\s+(?:officielle|d'[ée]tat|au|en|à)|Staatsbesuch|Besuch\s+in)\b", re.IGNORECASE)
_VISIT_HEADING_WORDS = 10


def names_a_visit(text: str) -> bool:
    """Does the block's last line, a short one, name a visit? (Asked before its places are looked for.)"""
    if "isit" not in text and "ISIT" not in text and "esuch" not in text and "ESUCH" not in text:  # a scan first
        return False
    line = text.strip().splitlines()[-1] if text.strip() else ""
    return len(line.split()) <= _VISIT_HEADING_WORDS and _VISIT_WORD.search(line) is not None


def visit_heading(text: str, places: list[PlaceMention]) -> Place | None:
    """The place a short heading of a visit names (the last, the most specific of its line), if it is one."""
    if not names_a_visit(text):
        return None
    line = text.strip().splitlines()[-1]
    on_line = [p for p in places if p.start >= len(text.rstrip()) - len(line)]
    return best_place(on_line) if on_line else None


def item(block: Block, mentions: list[Mention], context: Reading, wait: bool = True) -> bool:
    """A list line: '20th November, 09:15 (CET)   Joint press conference by ...'.

    True when the line gives only a time and, `wait`ing, the next line should say what happens.
    """
    if context.practical:
        return False
    leading = _leading(block, mentions)
    day_mention = next((m for m in leading if m.kind in ("day", "span")), None)
    if day_mention is None and context.anchored:
        # "On Wednesday at noon PT, ...": a weekday or relative day opening the line; not the first day of a week's
        # opening hours ("Monday - Friday 6:00 am - 6:00 pm" in a contact block), a rule for every week.
        day_mention = next((m for m in leading if m.kind in ("weekday", "relative", "published")), None)
        if day_mention is not None and day_mention.kind == "weekday" and recurring(block.text.lower()) \
                or day_mention is None and any(m.kind == "weekdays" for m in leading):
            return False  # ("Monday - Friday: office open, 9:00 - 17:00": every week's hours)
        if day_mention is not None and day_mention.kind == "published" and not day_mention.offset \
                and saidtoday.present_count(block.text, day_mention):
            return False  # "Today almost half of the people, 2.2 million, live on aid": the present age, no row
    time_mention = next((m for m in leading if m.kind == "time"), None)
    if time_mention is not None and time_mention.time == dt.time(0) and time_mention.until in _WHOLE_DAY_ENDS:
        time_mention = None  # "00:00 - 23:59": all day
    what = _ITEM_SEPARATOR.sub("", block.text[leading[-1].end :]) if leading else block.text
    if what.startswith("(") and (aside := _LEADING_ASIDE.match(what)):
        # "Friday 7 October (afternoon): The Minister opens ...": when, more loosely; "(Lautoka): Opening of ...": where
        where = aside.group("aside") if find_places(aside.group("aside")) else ""
        what = what[aside.end() :] + (f", {where}" if where else "")
    if time_mention is not None and (doors := _DOORS_ASIDE.match(what)):
        # "Aanvang: 19.30 uur (zaal open 19.00 uur)", "Start: 7.30 pm (doors open 7 pm)": when the doors open, an aside
        # of the start's; what happens is said elsewhere
        what = what[doors.end() :]
    if day_mention is not None and day_mention.kind in ("day", "span") and time_mention is None and content(what):
        # (A weekday opening the line, "Monday - Friday 6:00 am - 6:00 pm", gives opening hours, not a listed day.)
        time_mention = rowdays.time_after(mentions, leading[-1].end, day_mention) or context.standing_time
        if time_mention is None and day_mention.kind == "day":
            # "Unless stated otherwise, the office puts its publications out at 8:00 a.m." over a table of releases,
            # one dated row a line: the rows' one time, said once above them (series.py)
            time_mention = series.series_entry(block.text, block, context)
        what = _without_time(what, block.text, time_mention)
    elif day_mention is not None and day_mention.kind == "weekday" and time_mention is None and content(what):
        # "Tuesday: Committee on Finance, 10:00, Room 3" under "Week of 4 March": one weekday's row, its time later
        time_mention = rowdays.time_after(mentions, leading[-1].end)
        what = _without_time(what, block.text, time_mention)
    if day_mention is not None and (negated(content(what).strip(" –—-:|")) or closures.office_day(content(what))):
        return False  # "Saturday 17 May – No public engagements", "Samstag, 17. Mai – keine öffentlichen Termine"
    if time_mention is None and day_mention is not None and day_mention.first is not None \
            and (town := _only_a_place(what)) is not None and not _among_place_rows(block, context):
        # "Friday 12 June 2026 – Kigali": a date line naming the town of the items below it
        _date_line(block, day_mention, day_mention.first, leading, context)
        context.heading_place = town
        return False
    if not content(what) and time_mention is None:
        if day_mention is not None and day_mention.kind == "span" and (caption := stays.caption_of_run(block, context)):
            # "Bell Gardens" / "- De martes 3 a sábado 7" / "- De martes 10 a sábado 14": a stay at the caption's venue
            return item(Block(ITEM, f"{block.text} – {caption}", block.number, block.chunk), mentions, context,
                        wait=False)
        if day_mention is not None and day_mention.first is not None:
            _date_line(block, day_mention, day_mention.first, leading, context)
        return False
    if day_mention is None:
        # "10:00 (CET)  Pre-ministerial press conference (Tuesday 13 February)": the date comes last.
        # (not a last day: "9:00 a.m.-5:00 p.m. (concludes on Tuesday, 30 May)" is on the day in context)
        day_mention = next((m for m in mentions if m.kind == "day" and m.start >= leading[-1].end
                            and not extent.told_as_last_day(block.text, m)
                            # ("11:00 - Hearing ... – register: opens 25/06/2024": a window's bound, not the row's day)
                            and not deadlines.bound_named_before(block.text[max(0, m.start - 30) : m.start])
                            # ("15 h : Visite ... — Presidenceci (@Presidenceci) 24 novembre 2017": a post's day)
                            and not stamps.post_signature(block.text, m)
                            # ("ore 10,30 | I Commissione: audizione sulla proposta di legge n. 117 del 29 novembre
                            # 2023": the day a paper the row's hearing is about was filed, not the row's day)
                            and not documents.named(block.text, block.text[max(0, m.start - _PAPER_REACH) : m.start],
                                                    m.end)), None)
        if day_mention is not None:
            what = what[: max(0, day_mention.start - (len(block.text) - len(what)))].rstrip(" ,;:(–—-")
    first_sentence = next(iter(sentence_spans(what)), (0, len(what)))
    # Only the entry's own first clause tells it is a practicality: "14:30 (2:30 pm); come early to register" is
    # the event's time, and what follows the semicolon tells the press how to attend.
    first_clause = what[: first_sentence[1]].split(";", 1)[0]
    if _told_as_done(block, day_mention, time_mention, context):
        return False  # "On 4 October, the Prime Minister paid tribute to ...": a report's day under its stamp
    if _entry_of_a_report(block, day_mention, time_mention, context):
        return False  # "14.05.2031 - Klage abgewiesen" over "Heute hat der Senat ... verhandelt": that day's report
    if _ages_before_the_item(day_mention, context):
        return False  # "12 March 1968: the flag rose over Port Louis" in a notice of 2031: a timeline's history
    if (day_mention is None and not context.anchored) or practicality(first_clause) \
            or deadlines.window_row(content(what)) or documents.file_link(what) \
            or documents.paper_number(content(what)) or documents.dated_paper_tr(what):
        # ("9 June – Applications open": a window's bound; "3 June Agenda (26.78 KB)": a file; "13.09.2031 -
        # BT-Drucksache 21/1357": the day a paper of a file was printed; "09/06/2014 tarihli toplantının tutanak özeti":
        # the minutes of a past meeting, named by its day)
        return False
    if wait and time_mention is not None and venue_of_row(block, mentions):
        return True  # "– 9.30 Uhr, Schloss Bellevue": what happens there is on the next line
    if wait and time_mention is not None and day_mention is None and office_heading(content(what)):
        return True  # "09.00 MINISTERIO DE CULTURA": whose row it is; what happens is on the next line
    table = _clock_table(block, context) if day_mention is None else []
    if not content(what):
        if _times_the_dated_entry(day_mention, time_mention, wait, context, block):
            return False
        named = card_named_above(block, context)
        if wait and not named:
            return True  # (a card's "Time:" field under what the card is waits for nothing below)
        # (a table's row of clocks: the sentence above the table names what happens then)
        what = (_above_the_table(table[0][0], context) if table else "") or said_above(block, context, named)
    elif not content(first_clause) and len(first_clause) < first_sentence[1]:
        what = said_above(block, context)  # "14:30 (2:30 pm); bring press credentials": the advice names nothing
    elif _BADGE_ONLY.fullmatch(content(what).strip(" |")):
        what = said_above(block, context)  # "November 14, 2031 all-day America/New York Timezone": when, not what
    elif " | " in block.text and (fields := _FIELDS_ONLY.fullmatch(content(what).strip(" |"))) is not None:
        # "Date: 3-4 April 2025 | Venue: Nairobi, Kenya | Time: 9am–5pm EAT": a row of the card's fields, each saying
        # when or where; the title says what
        what = f"{said_above(block, context)} ({fields.group('where').strip(' ,')})"
    elif _HOW_ONLY.fullmatch(content(what).strip(" |")):
        # "Tuesday, February 17, 2026 | 10:00 a.m. | Virtual": the row says how to attend, the title says what
        what = f"{said_above(block, context)} ({content(what).strip(' |')})"
    elif " | " in block.text and (venue := _venue_and_street(content(what).strip(" |"))) \
            and (named := said_above(block, context)):
        # "Monday, January 22, 2024" / "6:30 p.m. | Learning and Teaching Center | 2218 N Molter Rd Liberty Lake WA":
        # the row's cells say where, a venue and its street address; the title says what
        what = f"{named} ({venue})"
    elif schedule.venue_between(venue := content(what).strip(" |,")) \
            and (named := name_above_a_dated_row(block, context.blocks)):
        # "Le prochain" / "conseil municipal" / "Lundi 28 septembre Théâtre de la Ville à 18h": the row says where,
        # the heading over it what
        what = f"{named} ({venue})"
    elif context.caption and context.caption_at == block.number - 1 and not VENUE_LINE.match(context.caption) \
            and (DAY_FIELD.match(block.text) or timefield.is_time_field(block.text)):
        # "WHAT: Launch of the report" / "WHEN: Thursday, 26 June 2025, 10:00 (CET), Room 3": the when field's other
        # words say where or how, the caption what
        what = f"{context.caption} ({content(what).strip(' ,;|')})"
    if (venue := content(what).strip(" |,")) and venuecolumn.under_a_venue_heading(block, context.blocks):
        # "Mon, 9th June | Kisumu, Tom Mboya Labour College | 9.00 a.m." under "Date | Venue | Time": where, not what
        caption = context.title if venuecolumn.header_row(context.caption) else said_above(block, context)
        what = f"{caption}, {venue}"
    if table:
        context.day = table[0][1]  # the first clock's date
    _add_entry(block, what, day_mention, time_mention, leading, context, mentions)
    return False


# A time on a clock given by its offset: "01:30 AM (GMT + 12)".
_OFFSET_CLOCK = re.compile(r"\(\s*(?:GMT|UTC)\s*[+−-]\s*\d")
_HEADER_WORDS = 4  # a header cell of a table of clocks: "New Zealand time"
_SENTENCE_END = re.compile(r"[.!?]\s*$")


def _clock_table(block: Block, context: Reading) -> list[tuple[int, dt.date]]:
    """A table pasted a cell per line, one column per clock: "Saturday, 17 July 2021" / "Friday, 16 July 2021" over
    "01:30 AM (GMT + 12)" / "09:30 PM (GMT + 8 )", one moment on two clocks. The run of date lines right above,
    as many as the clocks (the first clock's time is on the first date), or [] when the block is no such row."""
    clocks = len(_OFFSET_CLOCK.findall(block.text))
    run = context.date_lines[-clocks:] if clocks > 1 else []
    if not run or len(run) < clocks or run[-1][0] != block.number - 1 \
            or any(later[0] != earlier[0] + 1 for earlier, later in zip(run, run[1:], strict=False)):
        return []
    return run


def _above_the_table(first: int, context: Reading) -> str:
    """The sentence right above a table of clocks (its first date line `first`) and its header cells ("New Zealand
    time" / "Singapore time"), if it names a kind of happening: what the row of clocks is."""
    numbers = {b.number: b for b in context.blocks}
    at = first - 1
    while at in numbers and len(numbers[at].text.split()) <= _HEADER_WORDS \
            and not _SENTENCE_END.search(numbers[at].text):
        at -= 1
    above = numbers.get(at)
    if above is None or any(ch.isdigit() for ch in above.text) or kinds.classify(above.text) == kinds.EVENT:
        return ""
    return above.text


_IN_PLACE_LINE = re.compile(r"^(?:In|At)\s+(?P<place>[^:\n]{2,60}):\s*$")


def place_line(block: Block, context: Reading) -> bool:
    """"In Kigali:" on a line of its own: the items below happen there. True when the line was one."""
    line = _IN_PLACE_LINE.match(block.text.strip())
    town = _only_a_place(line.group("place")) if line else None
    if town is not None:
        context.heading_place = town
    return town is not None


# "Monday 2 June – Brussels: Foreign Affairs Council", "Tuesday – Luxembourg – Meeting with ...": a row's cell that
# names its town, before what happens there
_TOWN_CELL = re.compile(r"\s*(?P<town>[^:–—|\n]{2,40}?)\s*(?::\s|\s[–—|-]\s)")


def _town_cell(what: str) -> Place | None:
    """The town of a row's cell of its own before what happens ("Brussels: Foreign Affairs Council")."""
    cell = _TOWN_CELL.match(what)
    town = _only_a_place(cell.group("town")) if cell is not None else None
    # (not a country: "Venezuela: videoconference of the contact group" names what the row is about)
    return town if town is not None and town.kind != COUNTRY else None


def names_only_a_place(text: str) -> bool:
    """Do place names fill the block ("New Delhi", "Nairobi, Kenya")?"""
    return _only_a_place(text.strip()) is not None


def _only_a_place(words: str) -> Place | None:
    """The place `words` name, where place names fill them ("Kigali", "Nairobi, Kenya"), else None."""
    places = find_places(words)
    covered = sum(p.end - p.start for p in places)
    if not places or covered < _PLACE_HEADING * len(words.strip(" .,;:()")):
        return None
    # "17-28 August 2019: CoP18, Geneva": a name of letters and figures beside the town says what happens there.
    rest = "".join(ch for n, ch in enumerate(words) if not any(p.start <= n < p.end for p in places))
    return None if _CODE_NAME.search(rest) else places[0].place


_CODE_NAME = re.compile(r"\b(?=\w*\d)(?=\w*[A-Za-z])\w{3,}\b")  # "CoP18", "SC72", "G20": letters and figures


def _among_place_rows(block: Block, context: Reading) -> bool:
    """"17 Feb – Gabon" next to "18 Feb – Azerbaijan": a run of rows, each a day and a place and nothing else, lists
    where something happens on each day (a committee's reviews of countries, a tour's stops), one event a row; a
    date line naming a town alone ("Friday 12 June 2026 – Kigali") heads the items below it instead."""
    for other in numbered(context.blocks, block.number - 1, block.number + 1):
        if other.number == block.number or other.kind != ITEM:
            continue
        head, dash, tail = other.text.partition(" – ")
        if dash and any(ch.isdigit() for ch in head) and not any(ch.isdigit() for ch in tail) \
                and _only_a_place(tail) is not None:
            return True
    return False


# The French and Italian perfect that tells what was done: "a salué", "ont présidé", "a été reçu", "ha inaugurato".
_PERFECT = re.compile(r"\b(?:a|ont)\s+(?:été\s+)?[a-zà-ü]{3,}é(?:e?s?)\b|\b(?:ha|hanno)\s+[a-z]{3,}(?:ato|ito|uto)\b")


def _told_as_done(block: Block, day: Mention | None, time: Mention | None, context: Reading) -> bool:
    """A line that is a whole sentence opening with its day, told in the past, the day before the item's publication
    date ("On 4 October, the Prime Minister paid tribute to ...", "Le 4 octobre, le Premier ministre a salué ..."
    under a stamp of 7 October): a report of what was done that day, as prose would be, not a row of a programme."""
    if day is None or day.kind != "day" or day.first is None or time is not None or context.published is None \
            or not block.text.rstrip().endswith(".") or len([*sentence_spans(block.text)]) != 1:
        return False
    if not (tense.told_in_the_past(block.text, day) or tense.told_as_history(block.text)
            or _PERFECT.search(block.text) is not None) or tense.tells_what_is_to_come(block.text):
        return False
    return _day_of_line(block, day, day.first, context) < context.published


def _entry_of_a_report(block: Block, day: Mention | None, time: Mention | None, context: Reading) -> bool:
    """A dated entry of a list of releases ("14.05.2031 - Klage abgewiesen") whose text, the paragraph below, opens
    by telling in the German perfect what was done that day ("Heute hat der 2. Senat ... verhandelt, ob ..."): a
    report of the day, not an event announced."""
    if day is None or day.kind != "day" or time is not None:
        return False
    below = next(iter(numbered(context.blocks, block.number + 1, block.number + 1)), None)
    return below is not None and saidtoday.opens_done_today(below.text)


def _ages_before_the_item(day: Mention | None, context: Reading) -> bool:
    """Is the row's day, with its year, decades before the item's own date (its stamp, or else its newest day)?"""
    own = context.published or context.newest
    if day is None or day.first is None or day.first.year is None or own is None:
        return False
    # (an item's date far ahead of the reading day is in another calendar: a Bikram Sambat stamp "2084/01/20")
    return not (context.reference is not None and own.year > context.reference.year + 1) \
        and comingyear.ages_before(day.first.year, own)


def _leading(block: Block, mentions: list[Mention]) -> list[Mention]:
    """The mentions that open the line, one after another with only opening words or separators between them."""
    leading: list[Mention] = []
    for mention in mentions:
        gap = block.text[leading[-1].end if leading else 0 : mention.start]
        if leading and not OPENING_WORDS.match(gap) and gap.strip(" ,;:–—-"):
            break
        leading.append(mention)
    return leading


def _day_of_line(block: Block, mention: Mention, first: DayPart, context: Reading) -> dt.date:
    """The day a date line names. A year-less date field ("Date: 20 January" in an advisory dated 4 July) is the
    next such day after the item's date: the field gives the day of what the item announces."""
    day, inferred, _ = resolve_part(first, context)
    if inferred and context.heading_year and day.year != context.heading_year:
        # "2024" / "Date" / "Time" / "20 February" / "10:00 AEDT": a table's year heading gives its date lines their
        # year, as it gives its rows theirs (reading.add), not the year of the same row in the table above it
        context.year_reason = f"the date gives none; the heading above names {context.heading_year}"
        return in_year(day, context.heading_year)
    if inferred and context.published is not None and DAY_FIELD.match(block.text) \
            and (later := comingyear.next_year_day(day, context.published, block.text, mention, announced=True)):
        context.year_reason = comingyear.reason(later, context.published, "it is a date field")
        return later
    return day


_CARD_DAYS = 366  # a card's span of days: a festival, a session, an exhibition of some months; a year at most


def _date_line(block: Block, day_mention: Mention, first: DayPart, leading: list[Mention], context: Reading) -> None:
    """A line that is only a date ("Wednesday, 14 February 2024") heads the items below it."""
    context.day, context.anchored = _day_of_line(block, day_mention, first, context), True
    if scheduleentries.table_row(block, leading, context):
        return
    # A heading right above the date line names the dated entry ("Audit Committee" / "Wednesday,
    # July 31, 2024" / "11:00 am - 1:00 pm"); a caption further up named something else.
    kept = ""
    if context.heading_line and context.heading_line[0] == block.number - 1:
        kept, context.caption_at = schedule.caption(context.heading_line[1]), block.number - 1
        if not kept and context.caption and schedule.FIELD.match(context.heading_line[1]) \
                and DAY_FIELD.match(block.text):
            # "What: Lecture on ..." / "Speaker: Prof. ..." / "Date: ...": a card's field between its caption and its
            # day names nothing; the caption above still names the card.
            kept = context.caption
    elif context.caption and context.caption_at == block.number - 1 and block.kind == ITEM:
        kept = context.caption  # "Standing Committee on Finance" / "Thursday, February 1, 2024": a card's name line
    context.dated_line, context.dated_mention, context.caption = block.number, day_mention, kept
    context.dated_chunk = block.chunk
    if block.number != context.stamp_at:  # (a stamp dates the story; the title's news is not on a card of that day)
        context.card_days.append(context.day)
    context.date_lines.append((block.number, context.day))
    if DAY_FIELD.match(block.text):
        context.day_field = block.number  # "Date: Friday 12 June 2026": a card's field, with a place field beside it
    if day_mention.kind == "span" and day_mention.last is not None:  # "Date: 10-12 February 2026": each of its days
        last, _, _ = resolve_part(day_mention.last, context, near=context.day)
        context.card_days.extend(context.day + dt.timedelta(days=n) for n in range(1, min((last - context.day).days,
                                                                                        _CARD_DAYS) + 1))


def _times_the_dated_entry(day_mention: Mention | None, time_mention: Mention | None, wait: bool,
                           context: Reading, block: Block) -> bool:
    """A line of only a time (and maybe its day) under a dated entry without one gives that entry its time; so does a
    card's time line right under the entry's title line, though a line below says more of it ("Monday 2 November" /
    "Welcome Session" / "10:00-11:00" / "The co-chairs open the week ...": the title names the timed row)."""
    last = context.findings[-1] if context.findings else None
    if last is not None and last is context.dated_finding and last.time is None and time_mention is not None \
            and (day_mention is None and (not wait or _titled_right_above(last, block, context))
                 or _same_day(day_mention, last.first, context)):
        # "Monday, September 30" / "Gov holds Executive Council Meeting" / venue lines / "10AM";
        # "15 May 2024" / "Semenya v. Switzerland" / "Grand Chamber hearing" / "15 May 2024 at 09:15".
        last.time, last.until = time_mention.time, time_mention.until
        last.zone_label = time_mention.zone or context.zone_label
        last.as_published = f"{last.as_published} {time_mention.text}"
        return True
    return False


def _titled_right_above(entry: Finding, block: Block, context: Reading) -> bool:
    """Is the dated entry the line right above the time line, in its paragraph (a card's title over its time)?"""
    above = next(iter(numbered(context.blocks, block.number - 1, block.number - 1)), None)
    return above is not None and above.chunk == block.chunk and above.text == entry.text


# A row of a card's fields that say only when and where, their values gone with the dates: "Venue: Nairobi, Kenya |
# Time", left of "Date: 3-4 April 2025 | Venue: Nairobi, Kenya | Time: 9am–5pm EAT"
_WHEN_LABEL = r"(?:dates?|times?|when|hours?|datum|zeit|date|heure|fecha|hora|data|horário)"
_FIELDS_ONLY = re.compile(rf"(?i:(?:{_WHEN_LABEL}\s*:?\s*\|\s*)*(?:venue|location|where|place|lieu|ort|lugar|local)\s*:"
                          rf"\s*(?P<where>[^|:]+?)(?:\s*\|\s*{_WHEN_LABEL}\s*:?)*)")


# A cell that only says how one attends: no name of what happens.
_HOW_ONLY = re.compile(r"(?i:virtual(?:ly)?|online|in[- ]person|hybrid|(?:via\s+)?(?:zoom|teams|webex)"
                       r"|by\s+(?:phone|video)|livestream(?:ed)?|webcast)")


# A cell of a street address, a house number then a street ("2218 N Molter Rd Liberty Lake WA", "500 West Temple St.")
_STREET_CELL = re.compile(r"\d{1,6}[A-Za-z]?\s+(?:[NSEW]\.?\s+)?[A-Z][\w.'’-]*(?:,?\s+[\w.'’-]+){0,8}")


def _venue_and_street(cells: str) -> str:
    """The row's two cells "venue | street address" joined by a comma ('' for any other row)."""
    parts = cells.split(" | ")
    if len(parts) != 2 or not schedule.venue_between(parts[0].strip()) or not _STREET_CELL.fullmatch(parts[1].strip()):
        return ""
    return f"{parts[0].strip()}, {parts[1].strip()}"


# What a calendar plugin prints after an event's day: its all-day badge and its zone's IANA name.
_BADGE_ONLY = re.compile(r"(?i:all[- ]?day)(?:\s+(?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian"
                         r"|Pacific)/[\w /-]+?(?:\s+(?i:time\s?zone))?)?")


def _add_entry(block: Block, what: str, day_mention: Mention | None, time_mention: Mention | None,
               leading: list[Mention], context: Reading, mentions: list[Mention]) -> None:
    """The entry's event, at its place, again at each further time the line lists, and its later clauses."""
    times = [m for m in leading if m.kind == "time"]
    later: list[tuple[int, Mention, str]] = []
    end = len(block.text)
    if time_mention is not None and len(times) == 1:
        # "At 10.15 she drives to the palace, where at 10.30 the host receives her": a later clause with a time of
        # its own is an event of its own, as in prose; the entry's words end where it starts.
        # (Only in the sentence of that time: the next sentence of a paragraph tells its own.)
        end = next((b for a, b in sentence_spans(block.text) if a <= time_mention.start < b), len(block.text))
        later = clauses.later_clauses(block.text[:end], [m for m in mentions if m.kind == "time" and m.end <= end],
                                      time_mention) \
            or slotrows.next_slots(block.text[:end], [m for m in mentions if m.end <= end], time_mention)
        if later:
            what = what[: max(0, later[0][0] - (len(block.text) - len(what)))]
    what = NOTHING.sub("", what).strip()
    text = block.text
    if context.caption and context.caption_at == block.number - 1:
        text = f"{context.caption}: {text}"  # "- Lock-Up" over "At 07:00 (ET), reporters may read ..."
        if context.caption_heads_run and time_mention is not None and leading and leading[0].kind == "time":
            # "Third Committee" over "10:00–13:00 4th meeting" and "15:00–18:00 5th meeting": a heading names each
            # timed row of its run
            context.caption_at = context.last_row_at = block.number
    kind = kinds.classify(what)
    place = context.heading_place or best_place(find_places(what), locative_only=True) or _town_cell(what) \
        or closing_place(what) or context.area()
    found = add(context, text, day_mention, time_mention, kind, kinds.item_summary(kind, what), place, leading)
    if time_mention is not None and time_mention is context.standing_time:
        found.notes = (*found.notes, f"time inferred: the text says the meetings are at {time_mention.text}")
    elif time_mention is not None and time_mention is context.series_time:
        found.notes = (*found.notes, series.series_note(context))
    for other in rowdays.more_days(block.text, mentions, day_mention, time_mention):  # ("..., and August 5-8, 6:30")
        timed = time_mention if other.kind == "day" else None
        add(context, text, other, timed, kind, kinds.item_summary(kind, what), place, [m for m in (other, timed) if m])
    for again in itinerary.listed_times(block.text, times, time_mention, []):
        # "Thursday 24 October, 10:00 CET and 16:00 CET": the entry again at each time of the list.
        add(context, text, day_mention, again, kind, kinds.item_summary(kind, what), place,
            [m for m in (day_mention, again) if m], overnight=itinerary.past_midnight(time_mention, again))
    clauses.add_clauses(later, block.text[:end], context, place, "", mentions)


def _without_time(what: str, text: str, time: Mention | None) -> str:
    """"Committee on Finance, 10:00, Room 3" -> "Committee on Finance, Room 3": a row's time after its words."""
    offset = len(text) - len(what)
    if time is None or time.start < offset or not text.endswith(what):  # (an aside moved to its end: not a suffix)
        return what
    left = _DOUBLED_COMMA.sub(",", without_dates(what, [time.shifted(offset)])).strip(" ,;–—-")
    return left if content(left) else what  # ("01/04/2019 a las 13:00": the row's words were only its time's)


_DOUBLED_COMMA = re.compile(r"\s*,(?:\s*,)+")  # the commas around a time taken out of a row


def _same_day(mention: Mention | None, day: dt.date, context: Reading) -> bool:
    """Does a line's date ("15 May 2024 at 09:15") name `day`, the day of the entry above it?"""
    if mention is None or mention.kind != "day" or mention.first is None:
        return False
    return resolve_part(mention.first, context)[0] == day


def venue_of_row(block: Block, mentions: list[Mention]) -> str:
    """The venue of a list line that gives only a time and, after a comma or a cell's bar, where ("– 9.30 Uhr,
    Schloss Bellevue", "10:00, Palais des Nations", "Feb 3 | 7:00 PM | Council Chamber"); '' for any other line."""
    leading = _leading(block, mentions) if block.kind == ITEM else []
    if not leading or leading[-1].kind != "time":
        return ""
    rest = block.text[leading[-1].end :].lstrip()
    # After a comma, or a card's cell bar or bullet ("Feb 3 • 7:00 PM EST • Council Chamber").
    venue = rest[1:].strip()
    if not rest.startswith((",", "|", "•", "·")) or len(venue.split()) > _VENUE_ROW_WORDS:
        return ""
    known = _only_a_place(venue)
    return venue if schedule.venue_between(venue) or known is not None and known.kind == "venue" else ""


# A row's words all in capitals, two to ten words, that open with the word for a ministry, a department or an
# office: the name of the body whose entry it is, as a government's day agenda gives it ("09.00 MINISTERIO DE
# DESARROLLO SOCIAL Y DERECHOS HUMANOS", then what the ministry does on the line below), not what happens. (Other
# rows in capitals name what happens: "09:30 PASACALLE, CON LA ALEGORÍA", "10:00 CALL TO ORDER".)
_OFFICE_WORDS = (2, 10)
_OFFICE = re.compile(r"(?:MINISTERIO|MINISTRY|MINIST[ÈE]RE|MINIST[ÉE]RIO|MINISTERIUM|(?:SUB)?SECRETAR[ÍI]A"
                     r"|SECRETARIAT|DEPARTAMENTO|DEPARTMENT|DIRECCI[ÓO]N|DIRECTORATE|INSTITUTO|INSTITUTE|AGENCIA"
                     r"|AGENCY|OFICINA|OFFICE|GOBERNACI[ÓO]N|KEMENTERIAN|DINAS|BADAN)\s")


def office_heading(words: str) -> bool:
    """Is a row's text after its time only an office's name in capitals ("MINISTERIO DE TURISMO")?"""
    count = len(words.split())
    return _OFFICE_WORDS[0] <= count <= _OFFICE_WORDS[1] and words.upper() == words \
        and _OFFICE.match(words) is not None and not any(c in words for c in ",:;()")

"""A list of days under one stated time. Pure.

    All meetings will be held at the Port office, beginning at 9 a.m.     the time, and what happens
    Friday, January 17                                                   then the days, each on a line
    Friday, March 21                                                     of its own, nothing else said

Each day of the list is an event at the time the sentence above gives. article.py calls this
after its walk, for the days no other rule has made an event of.
"""

from __future__ import annotations

import datetime as dt
import re

from parsers import deadlines, itemyear, kinds, listedtimes, notevents, schedule
from parsers.blocks import HEADING, ITEM, PARAGRAPH, Block, sentences
from parsers.datefree import without_dates
from parsers.dates import Mention, find_mentions
from parsers.logistics import LOGISTICS
from parsers.places import best_place, find_places
from parsers.reading import Reading, add, opens
from parsers.seriesnouns import ONE_OR_MORE

_LEAST = 2  # days in a list: one day alone is a date heading, not a list
_Stated = tuple[Block, Mention, str]  # the sentence giving the time, its time, what happens


# "on the last Tuesday of the month", "every Thursday": the series' day, which the listed days each are.
_SERIES_DAY = re.compile(r"\b(?:(?:first|second|third|fourth|last)\s+\w+day\s+of\s+(?:the|each|every)\s+month"
                         r"|every\s+\w+day)\b", re.IGNORECASE)


# A line that leads into the list below it: its colon, words that point ahead, or a label of the hours (a card's
# "When:" too, where it gives only the hours: "When: Between 0900L and 1800L" over its days).
_LEADS_IN = re.compile(r":\s*$|\b(?:the\s+following|these|below|as\s+follows)\b"
                       r"|^\W*(?:times?|hours?|opening\s+hours|when)\b[^:]{0,40}:"
                       # "Meeting Time: 8:30 a.m.", "Start time: 10 a.m." over the days: a field of the hour alone
                       r"|^\W*(?:[^\W\d]+\s+){1,2}(?:times?|hours?)\s*:", re.IGNORECASE)
# A lead-in that is a field of the hour and no more ("Time: 5:30 p.m. (unless noted otherwise)"): it says when,
# not what; the caption above it ("2026 Regular Meeting Schedule") says what the days are.
_HOUR_FIELD = re.compile(r"^\W*(?:[^\W\d]+\s+){0,2}(?:times?|hours?)\s*:", re.IGNORECASE)
# A list whose days nothing is held on ("2031 Holiday Closures", "Collection Days Cancelled") or an office's hours
# over it ("Office Hours: 8:00 a.m. to 5:00 p.m."): an hour's field there says when a door is open, not when
# something meets.
_NOTHING_HELD = re.compile(r"\b(?:clos(?:ed|ures?|ings?)|cancel+(?:ed|ations?)?|holidays?|no\s+\w+)\b"
                           r"|^\W*(?:office|opening|business|service|counter)\s+hours\b", re.IGNORECASE)
_FIELD_WORDS = 5  # words of an hour's field besides its time: "(unless noted otherwise)", "EST", "in Room 5A"
_CAPTION_REACH = 3  # lines above a lead-in where the caption of its list stands


def _stated(block: Block, mentions: list[Mention]) -> _Stated | None:
    """A paragraph giving one time and no day, naming what happens then ("All meetings ... at 9 a.m."), or the
    series' rule ("lectures are on the last Tuesday of the month at 19:00")."""
    if block.kind == PARAGRAPH and len(mentions) == 2 and mentions[0].kind == "weekday" \
            and mentions[1].kind == "time" and _SERIES_DAY.search(block.text):
        mentions = mentions[1:]
    # A list's own lead-in line may say the hour ("Press briefings: each day ... (planned for 1pm)" over rows of
    # days): it stands for the sentence, if the days below it are in its list (see _in_list).
    if block.kind not in (PARAGRAPH, ITEM) or len(mentions) != 1 or mentions[0].kind != "time":
        return None
    if block.kind == ITEM and opens(block.text, mentions[0]) and not _LEADS_IN.search(block.text):
        return None  # "13:30 Address to the Forum": a diary's row, the entry of the day above, not its list's hour
    kind = kinds.classify(block.text)
    # (Of no kind it names, a paragraph's time is a list's only when it leads into the list: "Each open house runs
    # from 5:30 to 7:30 p.m.:", "... at the following locations", "Times for all sessions: 10am to 12 noon")
    if kind == kinds.EVENT and not _LEADS_IN.search(block.text) or LOGISTICS.search(block.text.lower()):
        return None
    return block, mentions[0], kind


def _bare_day(block: Block, mentions: list[Mention]) -> Block | None:
    """A line of a list that gives only a day, as it is, or a row "Tuesday 29/9 – Ms Ana Duarte" (or "6 November
    2018 Feilding Civic Centre") as the day over what it holds; None for any other line."""
    if block.kind == PARAGRAPH or len(mentions) != 1 or mentions[0].kind != "day":
        return None
    if schedule.only_when(block.text, mentions):
        return block
    row = schedule.day_then_told(block.text, mentions) or schedule.day_then_venue(block.text, mentions) \
        or schedule.cell_day_then_told(block.text, mentions)
    return None if row is None or not row[1] else Block(block.kind, "\n".join(row), block.number, block.chunk)


def _same_row(text: str, heading: str, told: str) -> bool:
    """The walk's day-long event of a row "Tuesday 29/9 – Ms Ana Duarte": its text is the row, day and all (under
    the caption of its column, "DateVenue: 6 November 2018 ...", for the first row)."""
    at = text.find(heading)
    return (at == 0 or text[:at].endswith(": ")) and told[:20] in text[at:]


def _in_list(stated: _Stated, run: list[tuple[Block, Mention]]) -> bool:
    """A lead-in line of a list gives its hour to the rows of its own list only, or to those it points to ("... at
    the following locations", "Times for all sessions: 10am to 12 noon"); a paragraph's sentence to any."""
    return stated[0].kind == PARAGRAPH or all(line.chunk == stated[0].chunk for line, _ in run) \
        or _LEADS_IN.search(stated[0].text) is not None


def days_at_one_time(blocks: list[Block], mentions_of: dict[int, list[Mention]], context: Reading,
                     day: dt.date) -> None:
    """Add an event for each day of a list under a sentence that gives their time; their years are
    taken near `day` (the article's day before its lines moved it), the list being in no order."""
    stated: _Stated | None = None
    run: list[tuple[Block, Mention]] = []
    caption: tuple[str, int | None] = ("", None)
    for at, block in enumerate([*blocks, Block(PARAGRAPH, "", -1)]):
        mentions = mentions_of.get(block.number, [])
        if stated is not None and (line := _bare_day(block, mentions)) is not None:
            run.append((line, mentions[0]))
            continue
        if stated is not None and block.kind != PARAGRAPH and block.number >= 0 \
                and (how := listedtimes.breaks_list(block, mentions)):
            # "January 6, 2026 (Annual Organizational Meeting at 4:00 pm)": a row with its own hour is its own
            # event and the list goes on past it, as past "There is no meeting in July"; "February 4, 2026 -
            # Wednesday (due to precinct caucuses)" is a day of the list with a note
            if how == "note":
                run.append((block, next(m for m in mentions if m.kind == "day")))
            continue
        if stated is not None and run and block.text and not mentions and block.chunk == run[-1][0].chunk \
                and not (block.kind != PARAGRAPH and itemyear.year_of_heading(block.text) is not None):
            # (not "2031 Works Committee Meetings": a caption naming a year is the next list's, not the day's)
            # "Tuesday 27 August" / "Dr Helen Robinson: The villages of the Liesbeek River. ...": what that day holds;
            # a short line under the day in its own paragraph ("Telus Room, Ontario Science Centre") is the day's
            # too, though it reads like a heading
            line, listed = run[-1]
            run[-1] = (Block(line.kind, f"{line.text}\n{block.text}", line.number, line.chunk), listed)
            continue
        if stated is not None and len(run) >= _LEAST and _in_list(stated, run):
            context.day = day
            _add_days(stated, run, context, caption)
        if run or mentions:
            stated, run = _stated(block, mentions), []
            caption = _caption_above(blocks, at, mentions_of) if stated is not None else ("", None)


def _caption_above(blocks: list[Block], at: int, mentions_of: dict[int, list[Mention]]) -> tuple[str, int | None]:
    """The caption over the lead-in at blocks[at] ("2024 Finance Committee Meetings" over "Meeting Time: 8:30
    a.m."), read across a line or two without dates ("To view past packets, CLICK HERE", "Location: ..."), and the
    year it names; ("", None) when none stands there."""
    for block in reversed(blocks[max(0, at - _CAPTION_REACH) : at]):
        if mentions_of.get(block.number):
            break
        year = itemyear.year_of_heading(block.text)
        if block.kind != PARAGRAPH and year is not None:
            return block.text.strip().rstrip(":"), year
    return "", None


def _of_the_lead_in(text: str, lead_in: str, own: str = "") -> bool:
    """Is a finding's text the lead-in's, or part of it, or the lead-in under its caption ("TITLE: lead-in"), or
    the lead-in's `own` line with the lines the walk read with it ("... CLICK HERE: Meeting Time: 10 a.m.",
    "Time: 4:30 p.m. Location: Conference Room 5A")?"""
    said = " ".join(text.split())
    return said in lead_in or said.endswith(lead_in) or bool(own) and own in said


def _add_days(stated: _Stated, run: list[tuple[Block, Mention]], context: Reading,
              caption: tuple[str, int | None] = ("", None)) -> None:
    block, time, kind = stated
    caption_text, caption_year = caption
    field = _HOUR_FIELD.match(block.text)
    if field and (_NOTHING_HELD.search(caption_text) or _NOTHING_HELD.match(block.text)):
        return
    if caption_text and field and len(block.text[field.end() :].replace(time.text, " ").split()) <= _FIELD_WORDS:
        # "Time: 5:30 p.m." under "2026 Regular Meeting Schedule": the caption says what the days are
        block = Block(block.kind, f"{caption_text}: {block.text}", block.number, block.chunk)
        time = time._replace(start=time.start + len(caption_text) + 2, end=time.end + len(caption_text) + 2)
        kind = kinds.classify(caption_text)
    # The lead-in's hour is the list's: read alone, it took the day of the line above it ("Press briefings, daily
    # at 12:30" under a photo call's Tuesday), no event of its own.
    lead_in, hour = " ".join(block.text.split()), stated[1].time
    own_line = " ".join(stated[0].text.split())
    context.findings[:] = [f for f in context.findings
                           if not (f.date_inferred and f.time == hour and _of_the_lead_in(f.text, lead_in, own_line))]
    # (a day with an event at another hour is not taken: "Finance Committee, 8:30 a.m." and "Service Committee,
    # 10 a.m." meet on the same days)
    taken = {f.first for f in context.findings if f.time is None or f.time == hour}
    # Named by the lead-in's sentence that gives the hour ("Each open house runs from 5:30 to 7:30 p.m.:"), not by
    # the sentences before it in its paragraph.
    hour_said = next((said for said in sentences(block.text) if time.text in said), block.text)
    at = hour_said.find(time.text)
    summary = kinds.sentence_summary(kind, without_dates(hour_said, [time._replace(start=at, end=at + len(time.text))]))
    if block is not stated[0]:
        summary = kinds.item_summary(kind, caption_text)
    place = best_place(find_places(block.text))
    # "... on these dates in 2031:": the lead-in's year is the list's, whatever the item's date is near
    named_year = itemyear.BARE_YEAR.search(block.text)
    walked = context.heading_year
    # (else the year of the list's caption, "2024 Finance Committee Meetings", not the last one the walk read)
    context.heading_year = int(named_year.group()) if named_year else caption_year or walked
    for line, day in run:
        text = f"{line.text}: {block.text}"
        shifted = day._replace(start=0, end=len(line.text))
        heading, _, told = line.text.partition("\n")
        # "Tuesday, Jan. 20 – Northside Library": the row says where, the lead-in what
        venue = told if told and (schedule.venue_between(told) or schedule.names_a_room(told)) else ""
        # A day with its own description below it is named by the description's first sentence.
        named = kinds.sentence_summary(kind, next(iter(sentences(told)), told).strip()) if told and not venue \
            else summary
        found = add(context, text, day._replace(start=0, end=len(heading)) if told else shifted, time, kind, named,
                    best_place(find_places(venue)) or place if venue else place, [day, time], location=venue)
        if found.first not in taken:
            continue
        others = [f for f in context.findings if f is not found and f.first == found.first]
        own = [f for f in others if told and f.time is None
               and (told.startswith(f.text[:20]) or _same_row(f.text, heading, told))]
        # the list's last day read all day by the walk, titled by the line under the list ("Thursday, Aug. 14" /
        # "Reports of past meetings:"): the day is the list's, at its hour
        own += [f for f in others if not told and f.time is None and f.last == f.first
                and " ".join(f.as_published.split()) == " ".join(heading.split())]
        if own:
            for other in own:  # the day-long event of the day's description: the series' hour times it
                context.findings.remove(other)
        else:
            context.findings.remove(found)  # another rule made an event of this day
    context.heading_year = walked


# -- a list of days under a heading that names them ------------------------------------------------------

_LISTED = 3  # different days: fewer may be the two ends of a range set out in a table
_CAPTIONS = 3  # lines of column and list headings read above a list of days
_CAPTION_LENGTH = 80
# "2020 confirmed dates", "Meeting Dates", "Calendar of meetings": a heading over days that says they are dates
# of something; the lines below it (column headings) or the item's title say of what.
# (and so in Spanish, Portuguese, French, Italian, German and Czech: "en estas fechas:", "Termine", "Termíny")
_NORDIC_DATES = r"\b\w*(?:datum|dagar|datoer|kalender|kalendern)\b"
# (and in Swedish, Danish and Norwegian, alone or closing a compound: "Sammanträdesdagar 2021", "Mötesdatum",
# "Mødedatoer", "Møtekalender")
_DATES_WORD = re.compile(r"\b(?:dates|calendar|fechas|datas|calendario|calend[áa]rio|calendrier|termine|term[íi]ny)\b"
                         rf"|{_NORDIC_DATES}", re.IGNORECASE)
# Captions naming a body's sittings in a language whose sitting nouns kinds.py leaves unclassified in prose
# ("Calendrier 2026 des séances du conseil", "Sammanträdesdagar 2021", "Mødekalender for byrådet"): over a list of
# days, in a caption, the noun says what the days are.
_SITTINGS = re.compile(r"\b(?:s[ée]ances?|\w*sammanträde\w*|\w*möte[nt]?s?\w*|\w*møde\w*|\w*møte\w*)\b",
                       re.IGNORECASE)
# Days that are not happenings: closures, holidays, deadlines, publications alone. (And closures and holidays in the
# languages whose sittings' calendars are read: "Stängda dagar 2031", "Lukkedage", "Stengt", "Jours fériés",
# "Fermetures", "Helgdagar" under a line giving the meetings' time are no sittings.)
_NOT_HAPPENINGS = re.compile(r"\b(?:holidays?|closed|closures?|closing|deadlines?|submissions?|due|expir\w*"
                             r"|cut-?off|bank holidays?|recess|vacations?|no meeting"
                             r"|stäng\w*|steng\w*|lukke\w*|helgdag\w*|helligdag\w*"
                             r"|fermetures?|ferm[ée]e?s?|jours?\s+f[ée]ri[ée]s?|cong[ée]s)\b", re.IGNORECASE)


# "6-7 December 2031, Ghana", "17-18 April 2032 (Board Retreat)": after a list line's days, the town it meets in (a
# comma, then a place) or a short note in brackets; the line still says only when (and where) one of the list meets.
_TRAILER = re.compile(r"\s*(?:,\s*(?P<place>[^\W\d][^,()\d]{1,40})|\((?P<note>[^()\d]{2,40})\))\s*$")
# A note that takes the day off the list: it is no meeting on that day ("(cancelled)", "(postponed)"), or says what
# the day is instead ("(public holiday)", "(deadline for papers)": `_NOT_HAPPENINGS`).
_CALLED_OFF = re.compile(r"\b(?:cancel+(?:ed|ation)|postponed|no\s+meeting|tbc|tbd|to\s+be\s+confirmed)\b",
                         re.IGNORECASE)


def _only_days(block: Block, mentions: list[Mention]) -> Mention | None:
    """The first day of a list line that says only one or more days ("Thursday 30 January"), or only them and where
    or what it is after them (`_TRAILER`), else None."""
    if block.kind == PARAGRAPH or not mentions \
            or any(m.kind not in ("day", "span") or m.first is None for m in mentions):
        return None
    if schedule.only_when(block.text, mentions):
        return mentions[0]
    trailer = _TRAILER.search(block.text)
    if trailer is None or trailer.start() < max(m.end for m in mentions) or _CALLED_OFF.search(trailer.group()) \
            or _NOT_HAPPENINGS.search(trailer.group()) \
            or trailer.group("place") and best_place(find_places(trailer.group("place"))) is None:
        return None
    return mentions[0] if schedule.only_when(block.text[: trailer.start()], mentions) else None


def _captions(blocks: list[Block], at: int, mentions_of: dict[int, list[Mention]]) -> list[str]:
    """The short heading lines right above blocks[at], top first ("2020 confirmed dates", "MPC announcement")."""
    found: list[str] = []
    for block in reversed(blocks[max(0, at - _CAPTIONS) : at]):
        text = block.text.strip()
        introduces = text.endswith(":")  # "Board Meetings:" over the list, read as a sentence of its own
        text = text.rstrip(":").strip()
        if (block.kind == PARAGRAPH and not introduces or mentions_of.get(block.number)
                or not text or len(text) > _CAPTION_LENGTH or text.endswith((".", ";", ","))
                or schedule.FIELD.match(text)):
            break
        found.insert(0, text)
    return found


# "Meeting Date | Agenda | Minutes | Webcast": the column headings of a table of meetings, which say what each column
# holds, not what the days are; the caption above them says that ("2022 Meeting Schedule").
# (only the columns' words, not a caption naming them: "2031 Board Meeting Dates and Minutes")
_COLUMN_ROW = re.compile(r"^(?:[\w-]+\s+)?dates?(?:\s+of\s+(?:the\s+)?[\w-]+)?(?:\s*[|/]?\s*(?:agendas?|minutes"
                         r"|packets?|webcasts?|videos?|audio|documents?|notices?|times?|locations?|materials?|recordings?"
                         r"|details?|presentations?|handouts?|attachments?|transcripts?|notes|summary|summaries|actions?"
                         r"|results?|status|links?|files?|slides|reports?))+\s*$", re.IGNORECASE)


def _list_title(captions: list[str], title: str, titled: bool = False) -> str:
    """What the days of the list are: a heading naming a kind of event ("Board Meetings"), else the line under
    a "dates" heading (a column's heading), else the item's title when it names a kind; '' when nothing says.
    `titled`: the list is a table's last rows, so its column headings ("Date of Meeting | Agendas | Minutes") name
    its days when nothing else does (after the item's title, "2026 Board Meetings", when that names a kind)."""
    if any(_NOT_HAPPENINGS.search(text) or LOGISTICS.search(text.lower()) for text in [*captions, title]):
        return ""
    for text in reversed(captions):
        if (kinds.classify(text) != kinds.EVENT or _SITTINGS.search(text) and _DATES_WORD.search(text)) \
                and not _COLUMN_ROW.search(text):
            return text
    columns = [text for text in captions if _COLUMN_ROW.search(text) and kinds.classify(text) != kinds.EVENT]
    if titled and columns:
        return title if kinds.classify(title) != kinds.EVENT else columns[-1]
    dated = [n for n, text in enumerate(captions) if _DATES_WORD.search(text)]
    if not dated:
        return ""
    below = captions[dated[-1] + 1 :]
    if below:
        return below[0]
    if kinds.classify(title) == kinds.EVENT and _SITTINGS.search(title):
        return title  # "Kommunfullmäktiges sammanträden 2021" over "Sammanträdesdagar 2021": the title names sittings
    return title if kinds.classify(title) != kinds.EVENT else ""  # "Timetable for applications": no kind


def days_under_heading(blocks: list[Block], mentions_of: dict[int, list[Mention]], context: Reading,
                       day: dt.date) -> None:
    """Add a day event for each day of a list of bare days under a heading that names what they are.

        2020 confirmed dates          a heading saying the lines below are dates, and the column
        Rate announcement             heading (or the item's title) saying of what;
        Thursday 30 January           or a heading naming meetings ("Board Meetings:")
        Thursday 26 March             over days alone on their lines: each day is one of them.
    """
    at = 0
    while at < len(blocks):
        if _only_days(blocks[at], mentions_of.get(blocks[at].number, [])) is None:
            at += 1
            continue
        run, end = _run(blocks, at, mentions_of)
        captions = _captions(blocks, at - (above := _timed_rows_above(blocks, at, mentions_of)), mentions_of)
        # Rows of the same list that give their own hour ("May 8th, 5:00 p.m.") make it a list however few its
        # bare days are ("March 13th", its hour not set); the captions are read above the list's first row.
        below = _timed_rows_above(blocks[::-1], len(blocks) - end, mentions_of)
        timed = above + below + sum(_timed_row(b, mentions_of.get(b.number, [])) for b in blocks[at:end])
        what, least = _list_title(captions, context.title), _LISTED
        if not what and (heading := _dates_heading_above(blocks, at, context)):
            # "Meeting dates - 2020" / timed rows / "26 November 2020" / "28 January 2021": the last days of the
            # list, whose hours are not set yet, are dates of it too; two of them are no range's ends there.
            what, least = _list_title([heading], context.title), _LEAST
        if not what and (heading := _section_heading(blocks, at, run, mentions_of)):
            # "Upcoming Board Meetings" / a few sentences on how to attend / "June 10, 2026" / "July 8, 2026" / ...:
            # the heading of the section names what its full dates are.
            what, least = _list_title([heading], context.title), _LISTED
        standing = listedtimes.standing_above(blocks, at, mentions_of) or _standing_below(blocks, end, mentions_of)
        if not what and (rows := _dated_rows_above(blocks, at, mentions_of)):
            # "Date of Meeting | Agendas | Minutes" / "May 7, 2026 Agenda 05.07.2026" / "August 6, 2026" / ...: the
            # days the board has not met on yet, their documents still to come, end the rows of its table; the
            # caption over the table's first row names them, at the body's standing time told above the table
            captions = _captions(blocks, at - rows, mentions_of)
            what, least = _list_title(captions, context.title, titled=True), _LISTED
            standing = listedtimes.standing_above(blocks, at - rows, mentions_of) \
                or _told_standing(blocks[: at - rows], mentions_of, context.standing_time)
        if what and len({(m.first.month, m.first.day) for _, m in run if m.first}) + timed >= least:
            context.day = day
            # "2024 Meeting Dates": the caption's year is the list's, whatever heading the walk read last
            # (else the year the paragraph over the list and its captions gives it: "the timetable for 2017")
            walked, context.heading_year = context.heading_year, next(
                (y for y in map(itemyear.year_of_heading, captions) if y is not None),
                _year_said_above(blocks, at - len(captions)) or context.heading_year)
            _add_listed(what, run, context, standing)
            context.heading_year = walked
        at = end


_ROW_OPENING = " *•-–"  # what may stand before a row's day: a bullet, a mark


def _dated_rows_above(blocks: list[Block], at: int, mentions_of: dict[int, list[Mention]]) -> int:
    """How many rows of the list at blocks[at] stand right above it, each opening with its one day and telling more
    ("May 7, 2026 Agenda 05.07.2026", "March 23, 2026 @ 11am Special Meeting"): rows of one table, in its chunk."""
    above = 0
    while above < at:
        block = blocks[at - above - 1]
        mentions = mentions_of.get(block.number, [])
        # (the row's documents may be dated too, "Agenda 05.07.2026": the row's own day opens it)
        if block.kind != ITEM or block.chunk != blocks[at].chunk or not mentions \
                or mentions[0].kind not in ("day", "span") or block.text[: mentions[0].start].strip(_ROW_OPENING):
            break
        above += 1
    return above


def _told_standing(blocks: list[Block], mentions_of: dict[int, list[Mention]],
                   told: Mention | None) -> tuple[Block, Mention] | None:
    """The line and time of the body's standing meetings the walk read above the list ("meets on the first
    Thursday of every month at 8:30 a.m."), however far above; None when it read none there."""
    if told is None:
        return None
    return next(((b, told) for b in reversed(blocks) if any(m is told for m in mentions_of.get(b.number, []))), None)


def _timed_row(block: Block, mentions: list[Mention]) -> bool:
    """A line of a list that gives one day and its own time ("May 8th, 5:00 p.m.")."""
    return block.kind != PARAGRAPH and listedtimes.breaks_list(block, mentions) == "skip" \
        and any(m.kind == "time" for m in mentions)


def _timed_rows_above(blocks: list[Block], at: int, mentions_of: dict[int, list[Mention]]) -> int:
    """How many rows with their own day and time stand right above blocks[at], in its list (right below, given the
    blocks reversed)."""
    above = 0
    while above < at and _timed_row(blocks[at - above - 1], mentions_of.get(blocks[at - above - 1].number, [])):
        above += 1
    return above


_SECTION_REACH = 6  # blocks between a section's heading and its list of days


def _section_heading(blocks: list[Block], at: int, run: list[tuple[Block, Mention]],
                     mentions_of: dict[int, list[Mention]]) -> str:
    """The heading of the section a run of full dates (each with its year) ends, when it names a kind of event and
    only sentences giving no day or time stand between them; '' otherwise."""
    if any(m.first is None or m.first.year is None for _, m in run):
        return ""  # ("December 10" under a year's tab: an archive whose years the page set apart)
    for block in reversed(blocks[max(0, at - _SECTION_REACH) : at]):
        if mentions_of.get(block.number):
            return ""
        if block.kind == HEADING:
            return block.text if kinds.classify(block.text) != kinds.EVENT else ""
    return ""


def _dates_heading_above(blocks: list[Block], at: int, context: Reading) -> str:
    """The year's heading over the list the days at blocks[at] end ("Meeting dates - 2020"), when it says its
    lines are dates and only list lines stand between it and the days; '' otherwise."""
    if context.list_heading is None or not _DATES_WORD.search(context.list_heading[1]):
        return ""
    number, text = context.list_heading
    between = [b for b in blocks[:at] if b.number > number]
    return text if between and all(b.kind != PARAGRAPH for b in between) else ""


def _run(blocks: list[Block], at: int,
         mentions_of: dict[int, list[Mention]]) -> tuple[list[tuple[Block, Mention]], int]:
    """The days of the list starting at blocks[at], and where it ends: a line saying there is no meeting, or
    a row with its own time, inside the list does not end it; a day with a note in brackets is one of it."""
    end = last = at
    run: list[tuple[Block, Mention]] = []
    while end < len(blocks):
        mentions = mentions_of.get(blocks[end].number, [])
        if (m := _only_days(blocks[end], mentions)) is not None:
            run.append((blocks[end], m))
            last = end + 1
        elif not run or not (how := _moved(blocks[end], mentions) or listedtimes.breaks_list(blocks[end], mentions)):
            break
        elif how == "note":
            run.append((blocks[end], mentions[0]))
            last = end + 1
        end += 1
    return run, max(last, at + 1)


# "August 16th Changed to 23rd", "March 3 - moved to the 10th": a row of the list whose day was moved.
_MOVED = re.compile(r"\s*[-–(]?\s*(?:changed|moved|rescheduled|postponed)\s+to\s+(?:the\s+)?\d{1,2}"
                    r"(?:st|nd|rd|th)?\)?\s*", re.IGNORECASE)


def _moved(block: Block, mentions: list[Mention]) -> str:
    """"skip" for a row of a list whose one day was moved to another day of its month (no day of the list at its
    hour, and the list goes on past it), else ""."""
    days = [m for m in mentions if m.kind == "day"]
    return "skip" if len(mentions) == 1 == len(days) and _MOVED.fullmatch(block.text, days[0].end) else ""


# "Every meeting starts at 2.00pm.", "All meetings will commence at 6 p.m.": the line right under a list of days
# that gives all of them their hour.
_ALL_OF_THEM = re.compile(rf"\b(?:all|every|each)\s+(?:of\s+the\s+)?(?:[\w-]+\s+){{0,2}}(?:{ONE_OR_MORE})\b",
                          re.IGNORECASE)


def _standing_below(blocks: list[Block], end: int,
                    mentions_of: dict[int, list[Mention]]) -> tuple[Block, Mention] | None:
    """The line right under a list (blocks[end]) and the one time it gives all the list's days, if it does."""
    if end >= len(blocks):
        return None
    block = blocks[end]
    mentions = mentions_of.get(block.number, [])
    if len(mentions) != 1 or mentions[0].kind != "time" or block.kind == HEADING:
        return None
    if listedtimes.standing_time(block, mentions) is None and not _ALL_OF_THEM.search(block.text):
        return None
    return block, mentions[0]


# "the meeting timetable for 2017", "the dates set for its meetings in 2017": the year of the list below it.
_LIST_YEAR = re.compile(r"\b(?:timetable|schedule|calendar|meetings|dates|sessions|sittings)\b[^.]{0,40}?"
                        r"\b(?:for|in)\s+(?P<year>(?:19|20)\d\d)\b(?![/-]|\.\d)", re.IGNORECASE)
_YEAR_REACH = 2  # blocks above a list's captions where a paragraph gives the list's year


def _year_said_above(blocks: list[Block], at: int) -> int | None:
    """The year the paragraph just over a list and its captions (blocks[at] the first of them) gives the list."""
    for block in reversed(blocks[max(0, at - _YEAR_REACH) : at]):
        if block.kind == PARAGRAPH and (said := _LIST_YEAR.search(block.text)):
            return int(said.group("year"))
    return None


def _add_listed(what: str, run: list[tuple[Block, Mention]], context: Reading,
                standing: tuple[Block, Mention] | None) -> None:
    """One event a day of the list (a day twice, in two columns, is one), titled by what the list is, at the
    body's standing time told above the list (`standing`: its line and time), else all day."""
    told = {f.first: f for f in context.findings}
    kind = kinds.classify(what)
    summary = kinds.item_summary(kind, what)
    time, rule = (standing[1], f" {standing[0].text}") if standing is not None else (None, "")
    if standing is not None:
        # "Public meetings commence at 11:00 AM in Room 117": the time of the list's days, not an event of its own
        # on the day the walk gave it
        standing_line = standing[0].text
        context.findings[:] = [f for f in context.findings
                               if not (f.date_inferred and f.time == standing[1].time and f.text[:60] in standing_line)]
    seen: set[tuple[int, int]] = set()
    for line, day in run:
        if day.first is None or (day.first.month, day.first.day) in seen:
            continue
        seen.add((day.first.month, day.first.day))
        shifted = day._replace(start=0, end=len(line.text))
        place = best_place(find_places(line.text)) or context.heading_place
        found = add(context, f"{line.text}: {what}.{rule}", shifted, time, kind, summary, place,
                    [day, time] if time is not None else [day])
        other = told.get(found.first)
        if other is not None and time is not None and other.date_inferred and other.time is not None:
            # "Meeting will begin at 9 a.m." after the list took its last day from it: the day is the list's
            context.findings.remove(other)
        elif other is not None and time is not None and other.time is None and other.last == other.first \
                and line.text in other.as_published + other.text:
            # the list's last day read all day, titled by the heading under the list: the day is the list's, at its time
            context.findings.remove(other)
        elif other is not None:
            context.findings.remove(found)  # another rule made an event of this day


# -- rows that name what, then its day, under a heading that names them dates ----------------------------

# "Herbstprüfung", "Summer fair", "Annual results 2023": a cell of words, no label's colon, perhaps the year a
# financial calendar's row reports on (not the day's year: "Annual results 2023 | 28 February" in the calendar of 2024)
_ROW_NAME = re.compile(r"[^\W\d_](?:[^\d:|\n]|(?<!\d)(?:19|20)\d\d(?!\d)){2,60}?")
_ROW_NAME_WORDS = 4
# "Termine 2016", "Financial calendar 2024", "Dates": a short heading that says the lines below are dates, perhaps of
# its year (not a column's heading, "Dates Debated and/or Concluded")
_DATES_HEADING = re.compile(r"(?:[^\W\d_]+\s+)?(?:dates|calendar|fechas|datas|calendario|calend[áa]rio|calendrier"
                            r"|termine|term[íi]ny)(?:\s+(?:19|20)\d\d)?:?", re.IGNORECASE)
_SECTION_END = 400  # characters of a paragraph of prose: the list under the heading is over


def named_days_under_heading(blocks: list[Block], mentions_of: dict[int, list[Mention]], context: Reading) -> None:
    """Add a day event for each row that names what, then its day, and no clock, in a list under a heading that names
    its lines dates ("Termine 2016" / "Herbstprüfung | 3. Dezember 2016" / "Leistungsrichter: ..." / "Frühjahrsprüfung
    | 01.05.2016 Prüfung findet in Schraplau statt"): each is that day's event, the rows' fields between them no
    rows of their own. Two rows at least: one is a heading's date."""
    told = {f.first for f in context.findings}
    rows: list[tuple[Block, Mention, str]] = []
    under = False
    for block in blocks:
        mentions = mentions_of.get(block.number, [])
        heads = block.kind != PARAGRAPH and not mentions and _DATES_HEADING.fullmatch(block.text.strip()) is not None
        if heads or block.kind == PARAGRAPH and len(block.text) > _SECTION_END:
            _add_named(rows, told, context)
            rows, under = [], heads
            continue
        if block.text.strip() == context.title.strip():
            continue  # the item's title, which the title's own rules read
        if under and not mentions and block.kind != PARAGRAPH:
            mentions = find_mentions(block.text)  # (the list's first row, read as the item's date line: its day too)
        row = _named_row(block, mentions) if under else None
        if row is not None:
            rows.append(row)
    _add_named(rows, told, context)


def _named_row(block: Block, mentions: list[Mention]) -> tuple[Block, Mention, str] | None:
    """The row, its day and its name where a list's line names what, then its day, and no clock; not a field, a
    deadline ("Application deadline 14 April") or the day something is made known ("Shortlist announced –")."""
    day = mentions[0] if mentions else None
    if day is None or day.kind != "day" or day.first is None or day.start == 0 or block.text[day.start - 1] != " ":
        return None
    name = _ROW_NAME.fullmatch(block.text.rstrip(), 0, day.start)
    if name is None or len(name.group().split()) > _ROW_NAME_WORDS or any(m.kind == "time" for m in mentions) \
            or schedule.FIELD.match(block.text) or notevents.deadline(block.text, day, mentions) \
            or deadlines.window_row(name.group().strip(" \t–—-|:")):
        return None
    return block, day, name.group().strip()


def _add_named(rows: list[tuple[Block, Mention, str]], told: set[dt.date], context: Reading) -> None:
    if len(rows) < _LEAST:
        return
    for block, day, name in rows:
        kind = kinds.classify(name)
        place = best_place(find_places(block.text[day.end :])) or context.heading_place
        found = add(context, block.text, day, None, kind, kinds.item_summary(kind, name), place, [day])
        if found.first in told:
            context.findings.remove(found)  # another rule made an event of this day

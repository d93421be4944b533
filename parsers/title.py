"""What an article's title dates: the day it sets for the text below it, and the event it announces itself
(a dated or timed title, an event card whose days stand on lines of their own). Pure."""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re

from model import Article
from parsers import kinds, notevents, resolve, schedule, standingdays
from parsers.datefree import without_dates
from parsers.dates import DayPart, Mention, find_mentions
from parsers.daycard import field_venue
from parsers.findings import negated_at
from parsers.places import best_place, find_places
from parsers.reading import Reading, add, resolve_part
from parsers.tense import told_in_the_past

# "Schedule ... July 7 - July 12", "Diary, 1 - 30 November": a title that dates a period, not a meeting.
_PERIOD_TITLE = re.compile(r"(?i)\b(?:schedules?|diary|itinerary|agenda|programme|program|calendar|daybook|week"
                           r"|briefings|upcoming|events|engagements)\b")
# "Defence in the media: Monday 20 August 2018", "Press review, 3 May 2024": a digest of the day's news, dated by
# the day it covers; no event of that day.
# ("Biweekly press briefing: summary, 4 March 2022": the record of a briefing given that day, the same.)
# "Journalists' accreditation for the session opens on August 21", "From 12 September: accrediting journalists to
# begin", "Registration for the forum starts 3 May": the day a practicality opens, not the gathering it serves.
_PRACTICALITY_OPENS = re.compile(r"(?i)\b(?:accreditation|accrediting|registration|registering)\b"
                                 r"(?=[^.;]*\b(?:opens?|begins?|starts?|to\s+(?:open|begin|start))\b)")
_DIGEST_TITLE = re.compile(r"(?i)\b(?:in\s+the\s+(?:media|news|press)|press\s+(?:review|cuttings|digest|summary)"
                           r"|briefing\s*:?\s+summary|summary\s+of\s+the\s+(?:[\w-]+\s+)?(?:press\s+|media\s+)?briefing"
                           r"|media\s+(?:review|digest|summary|round-?up|monitoring)|news\s+(?:digest|round-?up|summary)"
                           # "Weekly round-up: the Secretary-General's engagements, 30th Sep - 03rd Oct 2024": the
                           # record of a week gone by, dated by the days it covers
                           r"|(?:daily|weekly|monthly|week'?s)\s+round-?up)\b")
_FEW_DAYS = 3  # a title of more days is a list of them, whatever its words (and weighing each would cost)
_LISTED_DAYS = re.compile(r"\d\s*(?:,|and|&|et|und|y)\s*\d", re.IGNORECASE)  # "9 and 10", "4 et 5", "11 und 12"


@functools.lru_cache(maxsize=8)
def title_mentions(title: str, numeric_order: str) -> tuple[Mention, ...]:
    """The title's mentions, found once: the year clue and the title's day both read them, and the first
    line of a bundle without line breaks is a title as long as the whole text."""
    return tuple(find_mentions(title, numeric_order))


def title_day(title: str, numeric_order: str, context: Reading,
               others: list[Mention] | None = None) -> Mention | None:
    """A title that dates the article ("Foreign Affairs Council of 26 June 2023") sets the day of its list."""
    dated = [m for m in title_mentions(title, numeric_order) if m.kind in ("day", "span") and m.first]
    if 1 < len(dated) <= _FEW_DAYS:
        # "No meeting on 3 March – next meeting 17 March at 7 p.m.": of a title's two days, the one it negates or
        # sets aside is not the day it announces.
        said, low = list(title_mentions(title, numeric_order)), title.lower()
        holding = [m for m in dated if not negated_at(low, m.start) and not notevents.deadline(title, m, said)]
        dated = holding or dated
    if not dated or dated[0].first is None:
        return None
    agreeing = resolve.agreeing_date(dated[0].first, others or [])
    if agreeing is not None:
        # "Monday 3rd March 2013" (a Sunday) over "Monday 3 March 2014": the title's year is a slip.
        dated[0] = dated[0]._replace(first=agreeing, last=None if dated[0].kind == "day" else dated[0].last)
    context.day, inferred, _ = resolve_part(dated[0].first, context)
    if dated[0].first.year is not None and context.year_guessed:
        # "Media Advisory (November 30, 2023)" over year-less days: the title's date, not a guess made before
        # it was read, gives their year, and their notes say so.
        context.year_reason = f"the date gives none; the item's title is dated {context.day:%d %B %Y}"
    context.anchored = context.titled = True
    context.year_evidence = context.year_evidence or not inferred
    return dated[0]


def rows_to_titles_day(title: str, numeric_order: str, context: Reading) -> None:
    """Moves the rows that give no day of their own to the one day the title says, when it is ahead of the item's date.
    "Gli appuntamenti di domani del sindaco", "The mayor's appointments for tomorrow": a title whose only day is
    tomorrow dates those rows by the day after the item's date, not by that date.
    So does a title whose only day is a weekday ("Orçamento chega ao Parlamento na quinta-feira" under a Wednesday's
    stamp, over "pelas 12h00"): the rows are of that weekday's next date, the item's own day if it is that weekday."""
    said = list(title_mentions(title, numeric_order))
    items_day = context.published or context.opening
    if len(said) != 1 or items_day is None:
        return
    if said[0].kind == "published" and said[0].offset == 1:
        ahead, why = 1, f"date the day after the item's date: its title, {title!r}, lists tomorrow's"
    elif said[0].kind == "weekday" and said[0].weekday is not None and said[0].offset == 0 \
            and not told_in_the_past(title, said[0]):
        # (not a title told in the past, "Council approved the budget on Monday": that Monday is gone by)
        ahead = (said[0].weekday - items_day.weekday()) % 7
        why = f"date the next {calendar.day_name[said[0].weekday]} from the item's date: its title, {title!r}, names it"
    else:
        return
    if not ahead:
        return
    for finding in context.findings:
        # (a row on another day, or with its own "tomorrow" or weekday, is already counted from the item's date)
        if finding.date_inferred and finding.first == items_day \
                and not any(m.kind != "time" for m in find_mentions(finding.text)):
            step = dt.timedelta(days=ahead)
            finding.first, finding.last = finding.first + step, finding.last + step
            finding.notes = (*finding.notes, why)


def title_event(article: Article, titled: Mention | None, numeric_order: str, context: Reading) -> None:
    """The event the title announces itself: a dated (and timed) title over a text that does not tell it."""
    spans = {(f.first, f.last) for f in context.findings}
    timed = _timed_title(article.title, titled, numeric_order, context)
    kind = kinds.classify(article.title) if titled is not None else kinds.EVENT
    if titled is not None and not schedule.only_when(article.title, [titled]) and not notevents.filed(
            article.title, titled) and not _DIGEST_TITLE.search(article.title) \
            and not _PRACTICALITY_OPENS.search(article.title) \
            and not standingdays.state_start(article.title, titled) \
            and not notevents.deadline(article.title, titled, list(title_mentions(article.title, numeric_order))) \
            and not _retold_in_the_past(article.title, titled, numeric_order, context) \
            and not (timed is None and context.long_before_the_newest(titled.first)) and (
            not context.findings or timed is not None or titled.kind == "span" and titled.first and titled.last
                               and not _PERIOD_TITLE.search(article.title) and kind != kinds.EVENT
                               and not _span_found(titled, spans, context)):
        # "Board of Governors Meeting, 21-22 November 2019": the title's span is the meeting as a whole.
        dating = [m for m in (titled, timed) if m]
        in_title = add(context, article.title, titled, timed, kind,
                       kinds.sentence_summary(kind, without_dates(article.title, dating)),
                       best_place(find_places(article.title)), dating)
        if titled.kind == "span" and in_title.time is None and in_title.first < in_title.last:
            # "Conference, 4-6 June" over "The keynote will be given on 5 June": the body's day, no hour of its own,
            # is one day of the span the title names; the span is the event.
            context.findings[:] = [f for f in context.findings if f is in_title or f.time is not None
                                   or f.first != f.last or not in_title.first <= f.first <= in_title.last]
        if in_title.time is not None and (in_title.place is None or not in_title.place.zone_certain) \
                and (context.area() is not context.main_place() or context.main_place_repeated):
            # "Agenda for ... Meeting on Monday 7th November, 6.15 pm": on the clock of the body (Dublin City
            # Council); not of a town a sermon names once in passing ("in Jerusalem").
            in_title.area = context.area()


def _retold_in_the_past(title: str, titled: Mention, numeric_order: str, context: Reading) -> bool:
    """Does the text tell the title's first day, and only in the past ("Visit ... (February 18–February 22, 2024)"
    over "made an official visit ...: from February 18 to February 21 he was in ...")? Then the title names what
    was done, a report's subject, not an event to come."""
    if titled.first is None:
        return False
    day, month, told = titled.first.day, titled.first.month, False
    for block in context.blocks:
        if block.text == title or str(day) not in block.text:
            continue
        for mention in find_mentions(block.text, numeric_order):
            if mention.first is None or (mention.first.day, mention.first.month) != (day, month):
                continue
            if not told_in_the_past(block.text, mention):
                return False
            told = True
    return told


def _timed_title(title: str, titled: Mention | None, numeric_order: str, context: Reading) -> Mention | None:
    """"Andacht zur Friedensdekade ..., 11. November 2021, 18 Uhr": a title giving a day and a time announces
    its event. Its time, unless an event found in the text has that day and time already; the text's
    "today" without a time ("Heute Abend ...", "as we meet today") then tells of that event, and is dropped."""
    if titled is None or titled.kind != "day" or titled.first is None:
        return None
    said = next((m for m in title_mentions(title, numeric_order) if m.kind == "time" and m.start >= titled.end),
                None)
    if said is None:
        return None
    day, _, _ = resolve_part(titled.first, context)
    if any(f.first == day and f.time == said.time for f in context.findings):
        return None
    context.findings[:] = [f for f in context.findings
                           if not (f.first == day and f.date_inferred and f.time is None)]
    return said


def _span_found(titled: Mention, spans: set[tuple[dt.date, dt.date]], context: Reading) -> bool:
    """Does the text tell the title's span already: as a span from its first day, or, for days listed one by one
    ("hearings meet on Zoom on November 9 and 10": no "23-24 March" session as a whole), as events on each?"""
    first, _, _ = resolve_part(titled.first, context)  # type: ignore[arg-type]
    if any(found_first == first for found_first, found_last in spans if found_last > found_first):
        return True
    if not _LISTED_DAYS.search(titled.text):
        return False
    last, _, _ = resolve_part(titled.last, context)  # type: ignore[arg-type]
    days = {found_first + dt.timedelta(days=n) for found_first, found_last in spans
            for n in range((found_last - found_first).days + 1)}
    return first < last and (last - first).days < _FEW_DAYS and \
        all(first + dt.timedelta(days=n) in days for n in range((last - first).days + 1))


def card(article: Article, context: Reading) -> bool:
    """An event card: the title says what, lines of their own give its days ("June 05" / "June 06"). True when
    the title named an event."""
    days = sorted(set(context.card_days))
    if not days or any((b - a).days != 1 for a, b in zip(days, days[1:], strict=False)):
        return False
    first = DayPart(days[0].day, days[0].month, days[0].year)
    whole = Mention("span", 0, 0, "", first=first, last=DayPart(days[-1].day, days[-1].month, days[-1].year))
    kind = kinds.classify(article.title)
    # "Amnesty International welcomes promise ..." over "Monday 23 November 2009": a title whose only
    # event word is a generic verb tells news, and the date line under it when it was published.
    if kinds.classify(article.title, generic=False) != kinds.EVENT:
        # ("Date: 12 March 2027" / "Location: Hall B, Harrisburg": the card's place field says where)
        venue = field_venue(context)
        add(context, article.title, whole, None, kind, kinds.sentence_summary(kind, article.title),
            best_place(find_places(venue)) or best_place(find_places(article.title)), [], location=venue)
        return True
    return False

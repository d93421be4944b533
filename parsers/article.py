"""Find the events of one article: narrative itineraries and media-advisory lists. Pure.

Reading goes block by block, keeping what a reader keeps in mind:
- the day in context, which "the same day", "later that day" or a list item
  with only a time refer to, and which gives a year-less date its year;
- the place set by a heading ("Kosovo") for the list items below it.

What makes an event:
- a sentence with a day or a span of days ("On Monday, 20 November, ...",
  "From 19 to 22 November 2023, ..."); the sentences after it in the same
  paragraph add to its description;
- a sentence that opens with a relative day ("On the same day, ...",
  "Later that day, ...", "On Wednesday, ...") once a day is in context;
- a list item that opens with a date and/or a time.
Months without a day ("In May"), years, decades and far-off dates
("by 2031") are not events, and neither is a date more than a year before
the article's newest one (history, anniversaries).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from model import Article
from parsers import kinds, notevents, resolve, schedule
from parsers.blocks import HEADING, ITEM, PARAGRAPH, Block, sentence_spans, split_blocks
from parsers.datelines import dateline_of, wire_dateline
from parsers.dates import DayPart, Mention, find_mentions, resolve_day
from parsers.findings import Finding
from parsers.places import COUNTRY, Place, PlaceMention, best_place, find_places

_LEADING_LIMIT = 30  # a mention this close to the start of a sentence opens it
_OPENING_WORDS = re.compile(
    r"^\W*(?:(?:on|from|at|by|between|during|in|and|then|around|about|approx\.?|approximately|circa|c\.|as of"
    r"|not before|starting at|starts at|(?:hour|time|timing|when|date|start)s?\s*:)\s*)*\W*$",
    re.IGNORECASE,
)
# "Location: NATO Headquarters, Brussels (Press Theatre)": where the list's events are.
_VENUE_LINE = re.compile(r"^(?:location|venue|place|where)\s*:\s*(?P<venue>.+)$", re.IGNORECASE)
# Practicalities are not events: accreditation, registration, deadlines, access to premises.
_LOGISTICS = re.compile(  # matched against lower-cased text: the regex engine then skips ahead fast
    r"\b(?:accreditation|accredited|register(?:ed|ing)?|registration|deadline|no later than|not later than"
    r"|media pass(?:es)?|press pass(?:es)?|press card|applications?|rsvp|sat(?:ellite)? vans?|security check"
    r"|access to (?:the |nato )?(?:premises|building|site)|access (?:from|as of)|doors open"
    r"|preset time|final access|still photographers|video cameras|camera crews|pool gathers)\b"
)
# "All times are CET", "(all times local)", "Times are given in Brussels time": one zone for the list below.
_ALL_TIMES = re.compile(
    r"(?i:\b(?:all\s+)?times\s+(?:are\s+|is\s+)?(?:given\s+|shown\s+|listed\s+|indicated\s+)?(?:in\s+)?)"
    r"(?P<label>(?i:local(?:\s+time)?)|[A-Z]{2,4}(?:/[A-Z]{3,4})?\b|[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,3}\s+[Tt]ime)"
)
# "This meeting takes place ...", "It starts at ...": the sentence before says what.
_ANAPHOR = re.compile(r"^(?:this|that|these|it|the\s+(?:meeting|event|session|briefing|conference|ceremony|visit"
                      r"|hearing|discussion|call|talks?))\b", re.IGNORECASE)
_ITEM_SEPARATOR = re.compile(r"^[\s,;:–—-]*")
_HISTORY = dt.timedelta(days=366)
_HEADING_WORDS = 8  # a dated line shorter than this, without an action, only says which day
_LETTERS = re.compile(r"[^\W\d_]+")
_NOTHING = re.compile(r"\((?:tbc|tbd|to be confirmed|approx\.?|approximately|indicative)\)", re.IGNORECASE)
_NEXT_LINE_LIMIT = 200  # a time's description on the next line is one short line
_MAX_PER_SENTENCE = 8  # "on 4, 5 and 7 March": a sentence names a few days, not hundreds
_MAX_TEXT = 1500  # characters of source text an event carries
_BLOCK_SEPARATOR = "\n\x00\n"  # no pattern of the grammar crosses a NUL
_MAX_LISTED_PLACES = 4
_STAMP_LEFTOVER = 3  # characters beside the time on a stamp's second line ("t 17:52")
_PLACE_HEADING = 0.6  # share of a heading that place names fill when it names where the entries below are
_WHOLE_DAY_ENDS = (dt.time(23, 59), dt.time(0))


@dataclass(slots=True)
class _Context:
    """What a reader keeps in mind while going through an article."""

    day: dt.date  # the day the text is about now
    year_evidence: bool  # does the article (or its date) give years, or are we guessing
    newest: dt.date | None  # the newest explicitly dated day: older than a year before it is history
    anchored: bool = False  # has the text named a day yet (for "the same day")
    published: dt.date | None = None  # for "today" and "tomorrow"
    zone_label: str = ""  # set by "All times are CET" for the times after it
    heading_place: Place | None = None
    venue: str = ""  # set by a "Location: ..." line
    blocks: list[Block] = field(default_factory=list)
    _main_place: list[Any] = field(default_factory=list)  # (place, named more than once), computed when needed

    def main_place(self) -> Place | None:
        """Where the article mostly says things happen: for list lines naming no place."""
        if not self._main_place:
            self._main_place.extend(_main_place(self.blocks))
        place: Place | None = self._main_place[0]
        return place

    @property
    def main_place_repeated(self) -> bool:
        return self.main_place() is not None and bool(self._main_place[1])
    title: str = ""  # the article's title, for list lines that give only a time
    last_item: int | None = None  # the block of the last list entry, which a venue line below may locate
    caption: str = ""  # "- Lock-Up": a short line naming the entry below it
    year_reason: str = ""  # why a date without a year gets the year it gets
    titled: bool = False  # the title gives the day of the article's list
    previous: str = ""  # the sentence before, for one that says only when ("The event starts at 13:00")
    findings: list[Finding] = field(default_factory=list)


def article_findings(article: Article, reference: dt.date, numeric_order: str = "") -> list[Finding]:
    """The events of `article` as found in its text, in order."""
    blocks = split_blocks(article.body)
    if not numeric_order and "/" in article.body:
        home = best_place(find_places(article.org)) or best_place(find_places(article.title))
        numeric_order = resolve.numeric_order(f"{article.title}\n{article.body}", home.country if home else "")
    mentions_of = _mentions_by_block(blocks, numeric_order)
    published = article.published
    published, datelines = _datelines(blocks, mentions_of, article.published)
    dated = [m.first for ms in mentions_of.values() for m in ms if m.first and m.first.year]
    explicit = [dt.date(p.year, p.month, p.day) for p in dated if p.year]
    start = explicit[0] if explicit else (published or reference)
    evidence, reason = bool(explicit or published), ""
    if evidence:
        reason = f"the date gives none; the item's date {published or start:%d %B %Y} sets it"
    else:
        start, reason, evidence = _year_clue(article, mentions_of, numeric_order, reference)
    context = _Context(day=published or start, year_evidence=evidence,
                       newest=max(explicit) if explicit else None, published=published,
                       anchored=published is not None, title=article.title, year_reason=reason)
    titled = _title_day(article.title, numeric_order, context)
    context.blocks = [b for b in blocks if b.number not in datelines]
    _walk(blocks, mentions_of, context, numeric_order)
    area = _area(article, context)
    for finding in context.findings:
        finding.area = area
    if titled is not None and not context.findings:
        _add(context, article.title, titled, None, kinds.classify(article.title),
             kinds.sentence_summary(kinds.classify(article.title), _without_dates(article.title, [titled])),
             best_place(find_places(article.title)), [titled])
    return context.findings


def _walk(blocks: list[Block], mentions_of: dict[int, list[Mention]], context: _Context, numeric_order: str) -> None:
    """Read the blocks in order; a time alone on its line waits for the lines that say what and where."""
    pending: Block | None = None  # "+/- 09.00" alone on its line: what happens is on the next line
    pending_mentions: list[Mention] = []
    for block in blocks:
        mentions = mentions_of[block.number]
        if pending is not None:
            if schedule.end_time_line(block.text, mentions) and all(m.until is None for m in pending_mentions):
                # "09:50 AM" then "11:45 AM": the entry's start and end on lines of their own.
                pending = Block(ITEM, schedule.joined_range(pending.text, block.text), pending.number)
                pending_mentions = find_mentions(pending.text, numeric_order)
                continue
            if _says_what(block, mentions):
                # What happens, on the line under the time: its first sentence.
                what = block.text
                if len(what) > _NEXT_LINE_LIMIT:
                    what = block.text[slice(*next(iter(sentence_spans(block.text)), (0, len(block.text))))]
                    # A caption above the time names it; the prose under it describes it.
                    what = f"{context.caption}. {what}" if context.caption else what
                _item(Block(ITEM, f"{pending.text} {what}", pending.number), pending_mentions, context)
                context.last_item = block.number
                pending = None
                continue
            if not schedule.only_when(block.text, mentions):
                # An entry with no words of its own, followed by another entry, is left out.
                _item(pending, pending_mentions, context, wait=False)
                context.last_item = block.number - 1
            pending = None
        if mentions or block.kind == HEADING or "ime" in block.text:
            declared = _ALL_TIMES.search(block.text) if "imes " in block.text else None
            declared = declared or schedule.TIME_COLUMN.search(block.text)
            if declared:
                context.zone_label = declared.group("label")
        venue = _VENUE_LINE.match(block.text)
        if not mentions and _venue_of_last(block, venue, context):
            continue
        if venue:
            context.venue = venue.group("venue").strip()
            context.heading_place = best_place(find_places(context.venue)) or context.heading_place
        elif block.kind == HEADING:
            _heading(block, mentions, context)
        elif mentions and _opens(block.text, mentions[0]) and (block.kind == ITEM or mentions[0].kind == "time"):
            # A list line, bulleted or not: "±12:00 (CET)  Press briefing ..."
            found = len(context.findings)
            if _item(block, mentions, context):
                pending, pending_mentions = block, mentions
            elif len(context.findings) > found:
                context.last_item = block.number
        elif mentions:  # a paragraph without a date or time starts no event: skip it unread
            _paragraph(block, mentions, context)
        if not mentions and block.kind != PARAGRAPH:
            context.caption = schedule.caption(block.text) or context.caption
    if pending is not None:
        _item(pending, pending_mentions, context, wait=False)


def _says_what(block: Block, mentions: list[Mention]) -> bool:
    """Can the block under a time alone on its line say what happens then? Not a field, a venue, a new entry."""
    if _VENUE_LINE.match(block.text) or schedule.FIELD.match(block.text):
        return False
    if block.kind == HEADING:
        return not mentions and len(block.text) <= _NEXT_LINE_LIMIT
    return not mentions or not _opens(block.text, mentions[0])


def _venue_of_last(block: Block, venue: re.Match[str] | None, context: _Context) -> bool:
    """A line right under a list entry that says where it is ("Rotunda, City Hall") locates that entry."""
    if context.last_item is None or block.number - context.last_item > 2 or not context.findings:
        return False
    last = context.findings[-1]
    where = venue.group("venue").strip() if venue else block.text
    if last.location or not (venue or schedule.venue_after(block.text)):
        return False
    last.location = where
    last.place = best_place(find_places(where)) or last.place
    last.text = f"{last.text} {block.text}"
    context.last_item = None
    return venue is None


def _datelines(blocks: list[Block], mentions_of: dict[int, list[Mention]],
               published: dt.date | None) -> tuple[dt.date | None, set[int]]:
    """The publication date, taken from the blocks that give it; their dates are no events (removed in place).

    Returns the date and the blocks that are datelines (their places are where the text was written).
    """
    header = True  # up to the first paragraph of prose: where datelines stand
    found: set[int] = set()
    for block in blocks:
        mentions = mentions_of[block.number]
        if (dateline := dateline_of(block.text, mentions, header and published is None)) is not None:
            published = published or dateline
            # "Issued on 23 Mar. 2015 | Last updated: 23 Mar. 2015 17:44": none of it is an event.
            mentions_of[block.number] = [] if len(block.text) < 120 else mentions[1:]
            found.add(block.number)
        elif wire_dateline(block.text, mentions):
            mentions_of[block.number] = mentions[1:]
            found.add(block.number)
        elif block.number - 1 in found and mentions and all(m.kind == "time" for m in mentions) \
                and len(schedule.bare(block.text, mentions).strip()) <= _STAMP_LEFTOVER:
            mentions_of[block.number] = []  # "Printed on 27/10/2009" / "t 17:52": the stamp's time
        header = header and block.kind != PARAGRAPH
    return published, found


def _year_clue(article: Article, mentions_of: dict[int, list[Mention]], numeric_order: str,
               reference: dt.date) -> tuple[dt.date, str, bool]:
    """The day in context of an item without a full date: from its weekdays, else a month and year it names."""
    mentions = find_mentions(article.title, numeric_order) + [m for ms in mentions_of.values() for m in ms]
    text = f"{article.title}\n{article.body}"
    guess = resolve.year_of_weekdays(resolve.weekday_parts(mentions), resolve.named_years(text), reference)
    if guess is not None:
        return guess[0], guess[1], True
    anchor = resolve.month_anchor(text)
    if anchor is not None:
        return anchor, f"the date gives none; the item names {anchor:%B %Y}", True
    return reference, f"the text gives none; the year nearest the reference date {reference:%d %B %Y} is taken", False


def _mentions_by_block(blocks: list[Block], numeric_order: str) -> dict[int, list[Mention]]:
    """The mentions of every block, found in one pass over the article (one call per block costs twice as much)."""
    joined = _BLOCK_SEPARATOR.join(block.text for block in blocks)
    found = find_mentions(joined, numeric_order)
    by_block: dict[int, list[Mention]] = {block.number: [] for block in blocks}
    at, offset = 0, 0
    for block in blocks:
        end = offset + len(block.text)
        while at < len(found) and found[at].start < end:
            mention = found[at]
            if mention.end <= end:  # a mention never spans blocks: the separator stops the grammar
                by_block[block.number].append(mention.shifted(offset))
            at += 1
        offset = end + len(_BLOCK_SEPARATOR)
    return by_block


def _area(article: Article, context: _Context) -> Place | None:
    """Where the item's events happen when one names no place: for the zone of its unlabelled times.

    The place the text says things happen in, else the place in its title, else its
    organisation's ("New Zealand Government", "Governor of Colorado"), else the town or
    region it names most ("Montpelier, VT" under each entry of a schedule).
    """
    home = best_place(find_places(article.org))
    main = context.main_place()
    if home is not None and (main is None or (main.country != home.country and not context.main_place_repeated)):
        return home  # a diary of "New Zealand Government" naming a trip to Bangkok once
    found = main or best_place(find_places(article.title)) or home
    if found is not None:
        return found
    counts: dict[str, tuple[int, int, Place]] = {}
    for block in context.blocks:
        for mention in find_places(block.text):
            if mention.place.kind != COUNTRY:  # a country merely named is often a topic ("aggression against Ukraine")
                seen, _, place = counts.get(mention.place.name, (0, 0, mention.place))
                counts[mention.place.name] = (seen + 1, place.specificity, place)
    return max(counts.values(), key=lambda c: (c[0], c[1]))[2] if counts else None


def _main_place(blocks: list[Block]) -> tuple[Place | None, bool]:
    """The place the article names most often after "in", "at", "to" (the most specific on a tie),
    and whether it names it more than once."""
    counts: dict[str, tuple[int, int, Place]] = {}
    for block in blocks:
        for mention in find_places(block.text):
            if mention.locative:
                seen, _, place = counts.get(mention.place.name, (0, 0, mention.place))
                counts[mention.place.name] = (seen + 1, place.specificity, place)
    if not counts:
        return None, False
    seen, _, place = max(counts.values(), key=lambda c: (c[0], c[1]))
    return place, seen > 1


def _title_day(title: str, numeric_order: str, context: _Context) -> Mention | None:
    """A title that dates the article ("Foreign Affairs Council of 26 June 2023") sets the day of its list."""
    dated = [m for m in find_mentions(title, numeric_order) if m.kind in ("day", "span") and m.first]
    if not dated or dated[0].first is None:
        return None
    context.day, inferred, _ = _resolve(dated[0].first, context)
    context.anchored = context.titled = True
    context.year_evidence = context.year_evidence or not inferred
    return dated[0]


def _opens(text: str, mention: Mention) -> bool:
    return mention.start <= _LEADING_LIMIT and bool(_OPENING_WORDS.match(text[: mention.start]))


def _heading(block: Block, mentions: list[Mention], context: _Context) -> None:
    places = find_places(block.text)
    covered = sum(p.end - p.start for p in places)
    if places and covered >= _PLACE_HEADING * len(block.text.strip()):
        context.heading_place = places[0].place  # "London, United Kingdom" over an itinerary's entries
    elif not schedule.COVERAGE.match(block.text):
        context.heading_place = None  # a new section ("Kosovo" then "Press conference") is somewhere else
    days = [m for m in mentions if m.kind == "day" and m.first]
    if days and not any(m.kind == "time" for m in mentions):
        # A date heading ("Monday, 20 November") sets the day of the list below it.
        day, _, _ = _resolve(days[0].first, context)  # type: ignore[arg-type]
        context.day, context.anchored = day, True
    elif any(m.kind == "time" for m in mentions):
        _item(block, mentions, context)


def _item(block: Block, mentions: list[Mention], context: _Context, wait: bool = True) -> bool:
    """A list line: '20th November, 09:15 (CET)   Joint press conference by ...'.

    True when the line gives only a time and, `wait`ing, the next line should say what happens.
    """
    leading: list[Mention] = []
    for mention in mentions:
        gap = block.text[leading[-1].end if leading else 0 : mention.start]
        if leading and not _OPENING_WORDS.match(gap) and gap.strip(" ,;:–—-"):
            break
        leading.append(mention)
    day_mention = next((m for m in leading if m.kind in ("day", "span")), None)
    time_mention = next((m for m in leading if m.kind == "time"), None)
    if time_mention is not None and time_mention.time == dt.time(0) and time_mention.until in _WHOLE_DAY_ENDS:
        time_mention = None  # "00:00 - 23:59": all day
    what = _ITEM_SEPARATOR.sub("", block.text[leading[-1].end :]) if leading else block.text
    if not _content(what) and time_mention is None:
        if day_mention is not None and day_mention.first is not None:
            # A line that is only a date ("Wednesday, 14 February 2024") heads the items below it.
            context.day, _, _ = _resolve(day_mention.first, context)
            context.anchored = True
        return False
    if day_mention is None:
        # "10:00 (CET)  Pre-ministerial press conference (Tuesday 13 February)": the date comes last.
        day_mention = next((m for m in mentions if m.kind == "day" and m.start >= leading[-1].end), None)
        if day_mention is not None:
            what = what[: max(0, day_mention.start - (len(block.text) - len(what)))].rstrip(" ,;:(–—-")
    first_sentence = next(iter(sentence_spans(what)), (0, len(what)))
    if (day_mention is None and not context.anchored) or _LOGISTICS.search(what[: first_sentence[1]].lower()):
        return False
    if not _content(what):
        if wait:
            return True
        what = context.caption or context.title  # "Hour: 10:30 – 11:15" under a title that says what it is
    what = _NOTHING.sub("", what).strip()
    kind = kinds.classify(what)
    place = context.heading_place or best_place(find_places(what), locative_only=True) or context.main_place()
    _add(context, block.text, day_mention, time_mention, kind, kinds.item_summary(kind, what), place, leading)
    return False


def _content(what: str) -> str:
    """What a list line says happens, without '(tbc)' and punctuation: '' if it says nothing."""
    bare = _NOTHING.sub("", what).strip(" .*[]–—-:,;")
    return "" if bare.startswith("(") and bare.endswith(")") and bare.count("(") == 1 else bare.strip("()")


def _paragraph(block: Block, block_mentions: list[Mention], context: _Context) -> None:
    current: Finding | None = None
    at = 0  # the block's mentions are in order, like its sentences: walk both once
    for start, end in sentence_spans(block.text):
        sentence = block.text[start:end]
        while at < len(block_mentions) and block_mentions[at].start < start:
            at += 1
        mentions = []
        while at < len(block_mentions) and block_mentions[at].end <= end:
            # The block's mentions, placed in this sentence (found once per block, not per sentence).
            m = block_mentions[at]
            mentions.append(m.shifted(start))
            at += 1
        previous, context.previous = context.previous, sentence
        mentions = [m for m in mentions if not notevents.deadline(sentence, m, mentions)]
        days = [m for m in mentions if m.kind in ("day", "span") and not _historical(m, sentence, context)]
        opening = mentions[0] if mentions and _opens(sentence, mentions[0]) else None
        relative = opening if opening and opening.kind in ("relative", "weekday") and context.anchored else None
        today = next((m for m in mentions if m.kind == "published"), None) if context.published else None
        if today is not None and notevents.said_today(sentence, today):
            today = None
        relative = relative or today
        times = [m for m in mentions if m.kind == "time"]
        # "He will hold a press conference at 14:30 (CET).": a time alone is on the day in context.
        timed_only = times[0] if times and not days and not relative and context.anchored else None
        if _LOGISTICS.search(sentence.lower()) or notevents.of_a_life(sentence):
            days, relative, timed_only = [], None, None
        if not (days or relative or timed_only):
            if current is not None:
                current = _extend(current, sentence)
            continue
        clause = _without_dates(sentence, mentions)
        kind = kinds.classify(clause)
        text, what = sentence, clause
        if timed_only is not None and _times_the_day(current, timed_only, kind, clause, context):
            continue  # "The briefing starts at 3 p.m. PDT": the time of the event just announced
        if (kind == kinds.EVENT and previous and not days) or (previous and _ANAPHOR.match(clause)):
            # "The event is expected to take place at 13:00 CEST", "This meeting takes place on 16 November
            # at 7 pm": what it is, the sentence before says.
            what = _without_dates(previous, [])
            kind, text = kinds.classify(what) if kind == kinds.EVENT else kind, f"{previous} {sentence}"
        if kind == kinds.EVENT and days and not times and len(_LETTERS.findall(clause)) < _HEADING_WORDS:
            # "Residence Palace - Monday 2 April 2012": a date line says which day, it is not an event.
            context.day, _, _ = _resolve(days[0].first, context)  # type: ignore[arg-type]
            context.anchored = True
            continue
        # A country merely named ("Secretary of State of the United States") is not where it happens.
        place_mentions = [m for m in find_places(what) if m.locative or m.place.kind != COUNTRY]
        place = best_place(place_mentions) or context.heading_place
        summary = kinds.sentence_summary(kind, what)
        listed = _listed_places(place_mentions)
        for anchor in (list(days) if days else [relative])[:_MAX_PER_SENTENCE]:
            time_mention = _time_for(anchor, mentions)
            location = listed if anchor and anchor.kind == "span" else ""
            current = _add(context, text, anchor, time_mention, kind, summary,
                           place, [m for m in (anchor, time_mention) if m], location=location)


def _times_the_day(current: Finding | None, time: Mention, kind: str, clause: str, context: _Context) -> bool:
    """A sentence that gives only a time to the day-long event the sentence before announced joins it."""
    if current is None or current.time is not None or not current.first == current.last == context.day:
        return False
    if kind not in (kinds.EVENT, current.kind) and not _ANAPHOR.match(clause):
        return False
    current.time, current.until = time.time, time.until
    current.zone_label = time.zone or context.zone_label
    current.as_published = f"{current.as_published} {time.text}"
    current.text = f"{current.text} {clause}" if len(current.text) < _MAX_TEXT else current.text
    return True


def _historical(mention: Mention, sentence: str, context: _Context) -> bool:
    first = mention.first
    if first is None or first.year is None or context.newest is None:
        return False
    try:
        day = dt.date(first.year, first.month, first.day)
    except ValueError:
        return True
    return day < context.newest - _HISTORY or ("anniversary" in sentence.lower() and day < context.newest)


def _time_for(anchor: Mention | None, mentions: list[Mention]) -> Mention | None:
    """The time that goes with a day: the first after it, else the last before it."""
    times = [m for m in mentions if m.kind == "time"]
    if anchor is None:
        return times[0] if times else None
    after = [m for m in times if m.start >= anchor.end]
    before = [m for m in times if m.end <= anchor.start]
    return after[0] if after else (before[-1] if before else None)


def _add(context: _Context, text: str, day_mention: Mention | None, time_mention: Mention | None, kind: str,
         summary: str, place: Place | None, said: list[Mention], location: str = "") -> Finding:
    notes: list[str] = []
    year_inferred = False
    date_inferred = False
    if day_mention is not None and day_mention.kind in ("day", "span") and day_mention.first:
        first, year_inferred, note = _resolve(day_mention.first, context)
        notes.append(note)
        if year_inferred:
            notes.append(resolve.year_note(first, context.year_reason))
        last = first
        if day_mention.last is not None:
            last, _, note = _resolve(day_mention.last, context, near=first)
            notes.append(note)
            if last < first:  # "30 December - 2 January": the span runs into the next year
                last = last.replace(year=last.year + 1)
    else:
        first = _relative_day(day_mention, context)
        last, date_inferred = first, True
    if len(text) > _MAX_TEXT:
        text = text[: _MAX_TEXT - 1].rsplit(" ", 1)[0] + "…"
    if not _LETTERS.search(summary.split(":", 1)[-1]):
        summary = kinds.item_summary(kind, context.caption or context.title)  # "Event: " says nothing
    finding = Finding(
        first=first, last=last, kind=kind, summary=summary, text=text,
        as_published=" ".join(m.text for m in said) or text[:60],
        place=place, location=location or (context.venue if place is context.heading_place else ""),
        time=time_mention.time if time_mention else None,
        until=time_mention.until if time_mention else None,
        zone_label=(time_mention.zone or context.zone_label) if time_mention else "",
        year_inferred=year_inferred, year_certain=context.year_evidence or not year_inferred,
        date_inferred=date_inferred, notes=tuple(n for n in notes if n),
    )  # fmt: skip
    context.findings.append(finding)
    context.caption = ""  # a caption names the one entry after it
    if not (day_mention is not None and day_mention.kind == "span" and context.titled):
        # A list under a dated title ("Public Schedule – October 13, 2022") stays on that day
        # when one of its lines mentions someone's trip "from October 12-16".
        context.day, context.anchored = first, True
    return finding


def _resolve(part: DayPart, context: _Context, near: dt.date | None = None) -> tuple[dt.date, bool, str]:
    return resolve_day(part, near or context.day)


def _relative_day(mention: Mention | None, context: _Context) -> dt.date:
    if mention is None:
        return context.day
    if mention.kind == "published" and context.published is not None:
        return context.published + dt.timedelta(days=mention.offset)
    if mention.kind == "weekday" and mention.weekday is not None:
        # "On Wednesday": the next such day from the day in context (or that day itself).
        return context.day + dt.timedelta(days=(mention.weekday - context.day.weekday()) % 7)
    return context.day + dt.timedelta(days=mention.offset)


def _extend(finding: Finding, sentence: str) -> Finding:
    """A sentence that goes on about the event before it joins its text (and may give its place)."""
    if len(finding.text) + len(sentence) >= _MAX_TEXT:
        return finding  # enough said: the description stays readable and the work bounded
    place = finding.place
    if place is None or (place.kind == COUNTRY and not finding.location):
        better = best_place([m for m in find_places(sentence) if m.locative or m.place.kind != COUNTRY])
        if better is not None and (place is None or better.country == place.country):
            place = better
    finding.text = f"{finding.text} {sentence}"
    finding.place = place
    return finding


def _without_dates(sentence: str, mentions: list[Mention]) -> str:
    """The sentence with its date and time words (and the preposition before them) taken out."""
    out, at = [], 0
    for mention in mentions:
        before = re.sub(r"(?:\b(?:on|from|at|by|between|during|in)\s*)?$", "", sentence[at : mention.start],
                        flags=re.IGNORECASE)
        out.append(before)
        at = mention.end
    out.append(sentence[at:])
    text = re.sub(r"\s+([,.;:)])", r"\1", "".join(out))
    return re.sub(r"^[\s,;:()]+|\(\s*[^\w\s]*\s*\)", "", text).strip()


def _listed_places(mentions: list[PlaceMention]) -> str:
    """A tour of several countries is located in all of them ("Bosnia and Herzegovina, Kosovo, Serbia");
    a venue and its city ("NATO Headquarters in Brussels") are one place."""
    if len({m.place.country for m in mentions}) < 2:
        return ""
    displays = list(dict.fromkeys(m.place.display for m in mentions))
    kept = [d for d in displays if not any(d != other and d in other for other in displays)]
    return ", ".join(kept[:_MAX_LISTED_PLACES]) if len(kept) > 1 else ""

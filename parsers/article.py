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

from model import Article
from parsers import kinds
from parsers.blocks import HEADING, ITEM, PARAGRAPH, Block, sentence_spans, split_blocks
from parsers.datelines import dateline_of
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
_ITEM_SEPARATOR = re.compile(r"^[\s,;:|–—-]*")
_HISTORY = dt.timedelta(days=366)
_HEADING_WORDS = 8  # a dated line shorter than this, without an action, only says which day
_LETTERS = re.compile(r"[^\W\d_]+")
_NOTHING = re.compile(r"\((?:tbc|tbd|to be confirmed|approx\.?|approximately|indicative)\)", re.IGNORECASE)
_NEXT_LINE_LIMIT = 200  # a time's description on the next line is one short line
_MAX_PER_SENTENCE = 8  # "on 4, 5 and 7 March": a sentence names a few days, not hundreds
_MAX_TEXT = 1500  # characters of source text an event carries
_BLOCK_SEPARATOR = "\n\x00\n"  # no pattern of the grammar crosses a NUL
_MAX_LISTED_PLACES = 4


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
    _main_place: list[Place | None] = field(default_factory=list)  # computed once, when first needed

    def main_place(self) -> Place | None:
        """Where the article mostly says things happen: for list lines naming no place."""
        if not self._main_place:
            self._main_place.append(_main_place(self.blocks))
        return self._main_place[0]
    title: str = ""  # the article's title, for list lines that give only a time
    titled: bool = False  # the title gives the day of the article's list
    previous: str = ""  # the sentence before, for one that says only when ("The event starts at 13:00")
    findings: list[Finding] = field(default_factory=list)


def article_findings(article: Article, reference: dt.date, numeric_order: str = "") -> list[Finding]:
    """The events of `article` as found in its text, in order."""
    blocks = split_blocks(article.body)
    mentions_of = _mentions_by_block(blocks, numeric_order)
    published = article.published
    header = True  # up to the first paragraph of prose: where datelines stand
    for block in blocks:
        mentions = mentions_of[block.number]
        dateline = dateline_of(block.text, mentions, header)
        # A page's metadata gave its date: a line saying another day is the event's, not a dateline.
        if dateline is not None and article.published in (None, dateline):
            published = published or dateline
            # "Issued on 23 Mar. 2015 | Last updated: 23 Mar. 2015 17:44": none of it is an event.
            mentions_of[block.number] = [] if len(block.text) < 120 else mentions[1:]
        header = header and block.kind != PARAGRAPH
    dated = [m.first for ms in mentions_of.values() for m in ms if m.first and m.first.year]
    explicit = [dt.date(p.year, p.month, p.day) for p in dated if p.year]
    start = explicit[0] if explicit else (published or reference)
    context = _Context(day=published or start, year_evidence=bool(explicit or published),
                       newest=max(explicit) if explicit else None, published=published,
                       anchored=published is not None, title=article.title)
    titled = _title_day(article.title, numeric_order, context)
    context.blocks = blocks
    pending: Block | None = None  # "+/- 09.00" alone on its line: what happens is on the next line
    for block in blocks:
        mentions = mentions_of[block.number]
        if pending is not None:
            if not mentions and len(block.text) <= _NEXT_LINE_LIMIT and not _VENUE_LINE.match(block.text):
                _item(Block(ITEM, f"{pending.text} {block.text}", pending.number), mentions_of[pending.number],
                      context)
                pending = None
                continue
            _item(pending, mentions_of[pending.number], context, wait=False)
            pending = None
        if mentions or block.kind == HEADING:
            declared = _ALL_TIMES.search(block.text) if "imes " in block.text else None
            if declared:
                context.zone_label = declared.group("label")
        venue = _VENUE_LINE.match(block.text)
        if venue:
            context.venue = venue.group("venue").strip()
            context.heading_place = best_place(find_places(context.venue)) or context.heading_place
        elif block.kind == HEADING and not (mentions and _only_when(block.text, mentions)):
            _heading(block, mentions, context)
        elif mentions and _opens(block.text, mentions[0]) and (block.kind == ITEM or mentions[0].kind == "time"
                                                               or _only_when(block.text, mentions)):
            # A list line, bulleted or not: "±12:00 (CET)  Press briefing ..."
            pending = block if _item(block, mentions, context) else None
        elif mentions:  # a paragraph without a date or time starts no event: skip it unread
            _paragraph(block, mentions, context)
    if pending is not None:
        _item(pending, mentions_of[pending.number], context, wait=False)
    if titled is not None and not context.findings:
        _add(context, article.title, titled, None, kinds.classify(article.title),
             kinds.sentence_summary(kinds.classify(article.title), _without_dates(article.title, [titled])),
             best_place(find_places(article.title)), [titled])
    return context.findings


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


def _main_place(blocks: list[Block]) -> Place | None:
    """The place the article names most often after "in", "at", "to" (the most specific on a tie)."""
    counts: dict[str, tuple[int, int, Place]] = {}
    for block in blocks:
        for mention in find_places(block.text):
            if mention.locative:
                seen, _, place = counts.get(mention.place.name, (0, 0, mention.place))
                counts[mention.place.name] = (seen + 1, place.specificity, place)
    return max(counts.values(), key=lambda c: (c[0], c[1]))[2] if counts else None


def _title_day(title: str, numeric_order: str, context: _Context) -> Mention | None:
    """A title that dates the article ("Foreign Affairs Council of 26 June 2023") sets the day of its list."""
    dated = [m for m in find_mentions(title, numeric_order) if m.kind in ("day", "span") and m.first]
    if not dated or dated[0].first is None:
        return None
    context.day, inferred, _ = _resolve(dated[0].first, context)
    context.anchored = context.titled = True
    context.year_evidence = context.year_evidence or not inferred
    return dated[0]


def _only_when(text: str, mentions: list[Mention]) -> bool:
    """A line that is only a day and a time ("August 26, 2024 | 6:30 pm"): an event page's when, read as a list line."""
    if not any(m.kind == "time" for m in mentions):
        return False
    ends = [0, *(m.end for m in mentions)]
    rest = "".join(text[end : m.start] for end, m in zip(ends, mentions, strict=False)) + text[mentions[-1].end :]
    return not _content(rest)


def _opens(text: str, mention: Mention) -> bool:
    return mention.start <= _LEADING_LIMIT and bool(_OPENING_WORDS.match(text[: mention.start]))


def _heading(block: Block, mentions: list[Mention], context: _Context) -> None:
    places = find_places(block.text)
    covered = sum(p.end - p.start for p in places)
    context.heading_place = places[0].place if places and covered >= 0.6 * len(block.text.strip()) else None
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
        what = context.title  # "Hour: 10:30 – 11:15" under a title that says what it is
    what = _NOTHING.sub("", what).strip()
    kind = kinds.classify(what)
    place = context.heading_place or best_place(find_places(what), locative_only=True) or context.main_place()
    _add(context, block.text, day_mention, time_mention, kind, kinds.item_summary(kind, what), place, leading)
    return False


def _content(what: str) -> str:
    """What a list line says happens, without '(tbc)' and punctuation: '' if it says nothing."""
    return _NOTHING.sub("", what).strip(" .*()[]–—-:,;|")


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
        days = [m for m in mentions if m.kind in ("day", "span") and not _historical(m, sentence, context)]
        opening = mentions[0] if mentions and _opens(sentence, mentions[0]) else None
        relative = opening if opening and opening.kind in ("relative", "weekday") and context.anchored else None
        today = next((m for m in mentions if m.kind == "published"), None) if context.published else None
        relative = relative or today
        times = [m for m in mentions if m.kind == "time"]
        # "He will hold a press conference at 14:30 (CET).": a time alone is on the day in context.
        timed_only = times[0] if times and not days and not relative and context.anchored else None
        if _LOGISTICS.search(sentence.lower()):
            days, relative, timed_only = [], None, None
        if not (days or relative or timed_only):
            if current is not None:
                current = _extend(current, sentence)
            continue
        clause = _without_dates(sentence, mentions)
        kind = kinds.classify(clause)
        text, what = sentence, clause
        if kind == kinds.EVENT and previous and not days:
            # "The event is expected to take place at 13:00 CEST": what it is, the sentence before says.
            kind, text, what = kinds.classify(previous), f"{previous} {sentence}", _without_dates(previous, [])
        if kind == kinds.EVENT and days and not times and len(_LETTERS.findall(clause)) < _HEADING_WORDS:
            # "Residence Palace - Monday 2 April 2012": a date line says which day, it is not an event.
            context.day, _, _ = _resolve(days[0].first, context)  # type: ignore[arg-type]
            context.anchored = True
            continue
        place_mentions = find_places(what)
        place = best_place(place_mentions) or context.heading_place
        summary = kinds.sentence_summary(kind, what)
        listed = _listed_places(place_mentions)
        for anchor in (list(days) if days else [relative])[:_MAX_PER_SENTENCE]:
            time_mention = _time_for(anchor, mentions)
            location = listed if anchor and anchor.kind == "span" else ""
            current = _add(context, text, anchor, time_mention, kind, summary,
                           place, [m for m in (anchor, time_mention) if m], location=location)


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

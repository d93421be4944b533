"""Turn what the grammar found in an article into `Event` records. Pure.

A `Finding` is an event as the text states it: a day or span of days, maybe
a wall-clock time with a zone label, a place, a kind and the words. Here it
becomes an `Event`: the zone is resolved, times become aware, a missing end
is estimated, the status is decided and the UID derived from what identifies
the event, so that a rebuild gives the same UID.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from model import CANCELLED, CONFIRMED, TENTATIVE, Article, Event, make_uid
from parsers import kinds, zones
from parsers.dates import find_mentions
from parsers.gate import Gated, lower_case
from parsers.places import CITY, COUNTRY, Place
from parsers.verbs import PUT_OFF_NO_NEW_DAY, PUT_OFF_NO_NEW_DAY_NEEDLES

# A verb of holding, negated: "will not take place", "n'aura pas lieu", "non si terrà", "no se celebrará", "não será
# realizada", "gaat niet door", "nie odbędzie się", "не состоится" (called off, or held otherwise: _HELD_OTHERWISE).
_NOT_HELD = (r"will\s+not\s+take\s+place|n'aura\s+pas\s+lieu|non\s+si\s+terr[àa]|non\s+avr[àa]\s+luogo"
             r"|no\s+se\s+(?:celebrar[áa]|realizar[áa])|no\s+tendr[áa]\s+lugar"
             r"|n[ãa]o\s+(?:se\s+realizar[áa]|ser[áa]\s+realizad[oa])|gaat\s+niet\s+door|nie\s+odb[ęe]dzie\s+si[ęe]"
             r"|не\s+состо(?:ится|ятся)")
_NOT_HELD_NEEDLES = ("take place", "pas lieu", "si terr", "luogo", "no se", "lugar", "realizad", "realizar",
                     "niet door", "odb", "не состо")
# Searched on every event's text: gated by their words (parsers/gate.py). The first is matched against
# lower-cased text; the second is case-sensitive ("TBC").
_CANCELLED = Gated(re.compile(r"\b(?:cancel(?:l)?ed|postponed|called off|dropped(?! off)|scrapped"
                              rf"|{_NOT_HELD}|no longer take place"
                              # "is to be moved to another date", "will be rescheduled": off its day, no new one
                              r"|moved\s+to\s+(?:another|a\s+(?:later|new|different|future))\s+date"
                              r"|(?:to\s+be|will\s+be|be)\s+re-?scheduled\b(?!\s+(?:for|to|on)\b)"
                              r"|abgesagt|(?:findet|finden|fand|fanden) nicht statt|annul[ée]e?s?"
                              # (called off in Italian, Spanish, Portuguese, Dutch, Polish and Russian; the
                              # participle as the sitting's predicate, after its auxiliary, opening the sentence or
                              # closing it: "è stata annullata", "Annullata la seduta", "Sesión del 14 de mayo
                              # cancelada."; not a noun's attribute, "sul decreto annullato dal TAR")
                              r"|(?:(?:^|(?<=[.!?:]\s)|\b(?:è|sono|stat[oaie]|viene|vengono|resta|restano|risulta"
                              r"|fue|fueron|sido|está|están|queda|quedan|quedado|ha|han|es|son|será|serán|foi|foram"
                              r"|é|estão|fica|ficou|ficam)\s+)(?:annullat[oaie]|cancelad[oa]s?)"
                              r"|(?:annullat[oaie]|cancelad[oa]s?)(?=\s*(?:[.!;\n]|$)))"
                              r"|geannuleerd|afgelast|odwołan[ae]|отмен[её]н[аоы]?"  # (and as one word)
                              # (called off in Danish, Norwegian and Swedish: "mødet ... er aflyst", "møtet avlyses",
                              # "sammanträdet är inställt", "ställs in"; not Swedish "positivt inställd till", disposed,
                              # "är inställd på att", set on doing, "klockan ställs in på", set to; but "ställs in på
                              # grund av", called off because of)
                              r"|a[fv]lys(?:t|es)|(?:(?:är|blir|har\s+blivit)\s+inställ(?:t|d|da)|inställs|ställs\s+in)"
                              r"(?!\s+(?:till\b|på\s+(?!grund\b)))"
                              # put off with no new day, as other tongues say it (verbs.py; not English "adjourn sine
                              # die", the close of a sitting's business)
                              rf"|{PUT_OFF_NO_NEW_DAY})\b"),
                   "cancel", "postponed", "called off", "dropped", "scrapped", *_NOT_HELD_NEEDLES, "moved to",
                   "schedul", "abgesagt", "nicht statt", "annul", "afgelast", "odwołan", "отмен", "aflys", "avlys",
                   "ställ",
                   *PUT_OFF_NO_NEW_DAY_NEEDLES)
# "will not take place in the chamber but online", "non si terrà in presenza ma in videoconferenza", "no se celebrará
# en el salón sino en el auditorio", "nie odbędzie się w ratuszu, lecz w domu kultury": the sitting is held elsewhere or
# otherwise, not called off. (No figure between the two: "not on 14 May but on 21 May" takes it off its day.)
_HELD_OTHERWISE = Gated(re.compile(
    rf"\b(?:{_NOT_HELD})\s+[^\d.;!?]{{1,80}}?\b(?:but|mais|ma|sino|sondern|lecz|ale|maar|mas|а|но)\b"),
    *_NOT_HELD_NEEDLES)
# Calling an event off told by a verb that also has other objects ("to cancel the meetings scheduled for June 26",
# "auf den vom 21. bis 23. Februar angesetzten Lehrgang verzichten"): only in the part of the sentence that gives
# the day, between its stops and colons ("to cancel, write to ..." elsewhere cancels nothing).
_CALLING_OFF = Gated(re.compile(r"\bto\s+cancel\b|\bcancels\b|\bverzicht(?:en|et|e)?\b|\bab(?:zu)?sagen\b"),
                     "cancel", "verzicht", "sagen")
_SENTENCE_PART = re.compile(r"[.;:!?](?:\s|$)")
# "will today not be holding its daily media conference", a heading "No City Council meeting Wednesday, June 3",
# "the committee will not meet on Friday",
# "there will be no briefing on Friday": the event negated, in the clause of its own day or time (not "At 2 p.m.
# X briefs. ... tomorrow ..., so there will be no noon briefing").
# The negated noun ends its phrase: "no press conference on Friday", not "no virtual meeting option", "no further
# hearing before the vote".
# (or its reason, its period: "no press conference due to the holiday", "no sitting during the recess")
_NOUN_ENDS = (r"(?=\s*(?:$|[,.;:(–—-]|(?:on|at|this|next|today|tonight|tomorrow|in|for|until|afterwards|scheduled"
              r"|planned|will|is|was|due|because|owing|during|from|between)\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
              r"|\d))")
_NEGATED = Gated(re.compile(r"\bnot\s+(?:be\s+)?hold(?:ing)?\s+(?:its|the|a|their|his|her|any)\b"
                            r"|\bthere\s+(?:will\s+be|is|are)\s+no\s+(?:[\w-]+\s+){0,2}(?:meeting|briefing"
                            r"|conference|session|sitting|hearing|event)s?\b" + _NOUN_ENDS +
                            r"|^\W*no\s+(?:[\w-]+\s+){0,3}(?:meeting|briefing|conference|session|sitting|hearing)s?\b"
                            + _NOUN_ENDS +
                            # "The committee will not meet on Friday", "the House does not sit on Monday"
                            # (not a clause of its own about something else: "bids that do not meet the standards",
                            # "members who are not sitting on the panel")
                            r"|(?<!\bthat\s)(?<!\bwhich\s)(?<!\bwho\s)"
                            r"\b(?:(?:will|shall|does|do|did|would|is|are)\s+not|won['’]t|doesn['’]t|don['’]t"
                            r"|isn['’]t|aren['’]t)\s+(?:be\s+)?(?:meet(?:ing)?|sit(?:ting)?|convene|take\s+place|held)\b"
                            r"(?!\s+(?:the|a|an|its|their|these|those|all|any|our|your|his|her|this|that|such)\b)"),
                 "hold", "no ", "not", "n't", "n’t")
# A clause ends at a full stop, a comma ("As there is no sitting on Monday, the House sits on Tuesday"), a dash,
# or a joining word ("... at 9:30 and there will be no press conference afterwards").
_CLAUSE_END = re.compile(r"[.;!?](?:\s|$)|,\s|\s[–—-]\s|\s(?:so|but|and|while|whereas|instead|then)\s")


def _negated(finding: Finding) -> bool:
    """Is the event said not to happen, in the clause that gives its day or time?"""
    text = lower_case(finding.text)  # (lowered once for the three questions to_event asks of it)
    if not _NEGATED.could_match(text):
        return False  # without its words in the whole text, no clause of it is negated: its bounds are spared
    at = text.find(finding.as_published.lower().split(" ")[0]) if finding.as_published else -1
    return at >= 0 and negated_at(text, at)


def negated_at(text: str, at: int) -> bool:
    """Does the clause around position `at` of lower-cased `text` say its event does not happen?"""
    start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, at)), default=0)
    end = next((m.start() for m in _CLAUSE_END.finditer(text, at)), len(text))
    return _NEGATED.search(text[start:end]) is not None
def _called_off_here(finding: Finding) -> bool:
    """Is the event called off by a verb in the part of its sentence that gives its day?"""
    text = lower_case(finding.text)  # (lowered once for the three questions to_event asks of it)
    at = text.find(finding.as_published.lower()) if finding.as_published else -1
    if at < 0:
        return False
    start = max((m.end() for m in _SENTENCE_PART.finditer(text, 0, at)), default=0)
    end = next((m.start() for m in _SENTENCE_PART.finditer(text, at + len(finding.as_published))), len(text))
    return _CALLING_OFF.search(text[start:end]) is not None


_UNCONFIRMED = Gated(re.compile(r"\b(?:to be confirmed|TBC|TBD|provisional(?:ly)?|tentative(?:ly)?"
                                r"|subject to change)\b"),
                     "to be confirmed", "tbc", "tbd", "provisional", "tentative", "subject to change")


# "postponed to 19 March", "postponed until Monday", "put off till 3 May": the day the event moved to.
# "postponed from 10 March to 12 March": the day it moved from may stand between.
_MOVED_TO = (r"\b(?:postponed|put\s+off|deferred|delayed|pushed\s+back|put\s+back|moved)\s+(?:\w+\s+){0,2}?"
             r"(?:from\s+[^.;]{1,60}?\s+)?(?:to|until|till)\s+")
_TO_DAY = re.compile(r"\s(?:to|until|till)\s+")
# "... has been postponed. It will now be played on Sunday 10 May", "the new date is 4 June", "rescheduled for
# Friday": the sentence of the day the event moved to.
_NOW_ON = r"\b(?:now|new\s+date|rescheduled(?:\s+(?:for|to))?|instead)\b[^.;]{0,40}?"


def _moved_here(finding: Finding) -> bool:
    """Is the finding's day the one its event was postponed to? Then it takes place, and is no cancellation.

    Its day's own words are looked for: `as_published` joins them with a time that may stand elsewhere
    ("postponed to 19 March. It starts at 10:00" gives "19 March at 10:00")."""
    said = finding.as_published
    first = next(iter(find_mentions(said)), None)
    day = said[: first.end] if first is not None and first.kind != "time" else said
    if first is not None and first.kind == "span" and said[:5].lower() == "from ":
        day = _TO_DAY.split(day)[-1]  # "from 10 March to 12 March" read as the day moved to (datecontext.py)
    if finding.text.isascii() and day.isascii() and day.lower() not in finding.text.lower():
        return False  # (the day's words are in an ASCII text wherever the patterns, made of them, could match)
    return re.search(_MOVED_TO + re.escape(day), finding.text, re.IGNORECASE) is not None \
        or re.search(_NOW_ON + re.escape(day), finding.text, re.IGNORECASE) is not None


@dataclass(slots=True)
class Finding:  # mutable: the sentences after it in its paragraph add to its text, in place
    first: dt.date
    last: dt.date  # inclusive; equals `first` for a one-day event
    kind: str
    summary: str
    text: str  # the sentence(s) or list item the event was found in
    as_published: str
    place: Place | None = None
    location: str = ""  # overrides place.display, e.g. for a tour of several countries
    time: dt.time | None = None
    until: dt.time | None = None
    zone_label: str = ""
    label_repeated: bool = False  # its label is the one the item gives the same clock with (carry_same_clock)
    year_inferred: bool = False
    year_certain: bool = True  # False where no year in the article or its date backs the guess
    date_inferred: bool = False  # "the same day", "On Wednesday": the day comes from context
    notes: tuple[str, ...] = ()
    area: Place | None = None  # where the item's events happen, for a time whose event names no place
    item_zones: tuple[str, ...] = ()  # the clocks of the towns the item names, for a label its area does not keep
    caption: str = ""  # the heading of its part of the page ("Flea market at the DIY store"): which entry it is
    headed: bool = False  # its place is the town its day's heading names ("Thursday, 6 March, Washington")


def to_event(finding: Finding, article: Article, default_zone: str, changed: dt.datetime, slot: int,
             item_clock: str = "") -> Event:
    """The calendar event for `finding`, the `slot`-th alike in its article; `item_clock` is the one clock the
    article's labelled times are on (labelled_clock), for its times that name no zone and no place."""
    notes = [n for n in finding.notes if n]
    inferred = set()
    if finding.year_inferred:
        inferred.add("year")
    if finding.date_inferred:
        inferred.add("date")
    certain = finding.year_certain and not any("the text says" in n and "but" in n for n in notes)
    end_estimate = ""
    timezone = ""
    start: dt.datetime | dt.date
    end: dt.datetime | dt.date
    if finding.time is None:
        start, end = finding.first, finding.last + dt.timedelta(days=1)
    else:
        resolved = _zoned(finding, finding.time, item_clock or default_zone, notes, bool(item_clock))
        timezone, start = resolved.zone, resolved.start
        if not resolved.stated:
            inferred.add("zone")
        certain = certain and resolved.certain
        end, end_estimate = _end(finding, resolved, start)
        if end_estimate:
            inferred.add("end")
    status = CONFIRMED
    lowered = lower_case(finding.text)
    if ((_CANCELLED.search(lowered) and not _cancelled_days_others(finding)) or _negated(finding)
            or _called_off_here(finding)) and not _moved_here(finding) and not _HELD_OTHERWISE.search(lowered):
        status = CANCELLED
    elif not certain or _UNCONFIRMED.search(finding.text):
        status = TENTATIVE
    location = finding.location or (finding.place.display if finding.place else "")
    return Event(
        uid=_uid(article, finding, slot),
        summary=finding.summary,
        kind=finding.kind,
        start=start,
        end=end,
        timezone=timezone,
        location=location,
        sentence=finding.text,
        article_title=article.title,
        source=article.source,
        as_published=finding.as_published,
        changed=changed,
        status=status,
        inferred=frozenset(inferred),
        notes=tuple(dict.fromkeys(notes)),
        article_url=article.url,
        end_estimate=end_estimate,
        org=article.org,
        published=article.published,
    )


# A day's status right after it, in a list of days ("November 20, 2020 - Cancelled", "12 May (cancelled)").
_DAY_STATUS = re.compile(r"\s*(?:[-–—:,]\s*|\(\s*)cancel(?:l)?ed\b", re.IGNORECASE)


def _cancelled_days_others(finding: Finding) -> bool:
    """Is every "cancelled" of the finding's line the status written right after another day of the list ("November
    20, 2020 - Cancelled / December 18, 2020**", a cell of days read as one line)? Then the finding's day stands."""
    words = list(re.finditer(r"cancel(?:l)?ed", finding.text, re.IGNORECASE))
    if not words:
        return False
    closing = {}  # where a status right after a day starts: that day
    for mention in find_mentions(finding.text):
        if mention.kind == "day" and mention.first is not None and (status := _DAY_STATUS.match(finding.text,
                                                                                                  mention.end)):
            closing[status.end() - len(status.group().lstrip(" -–—:,(").lstrip())] = mention.first
    if len(closing) != len(words) or any(w.start() not in closing for w in words):
        return False
    own = (finding.first.day, finding.first.month)
    return all((day.day, day.month) != own for day in closing.values())


def labelled_clock(findings: list[Finding], default_zone: str) -> str:
    """The one clock the item's labelled times are on ("Wed, Nov 18, 2020 7:00 PM - 8:00 PM (EST)"), else "": the
    clock its unlabelled times are read on when they name no place ("When Wed, Nov 18, 2020 from 7pm" above it),
    rather than the calendar's. Times labelled on two clocks, or only in UTC (a wire's "0800 GMT" beside a place's
    own hour), tell no clock of the item."""
    clocks = set()
    for finding in findings:
        if finding.time is None or not finding.zone_label:
            continue
        wall = dt.datetime.combine(finding.first, finding.time)
        where = finding.place or finding.area
        try:
            resolved = zones.resolve(wall, finding.zone_label, where.zone if where else "",
                                     where.zone_certain if where else False, default_zone, finding.item_zones)
        except zones.UnknownZone:
            return ""
        if resolved.stated:
            clocks.add(resolved.zone)
    if len(clocks) != 1 or zones.UTC_ZONE in clocks:
        return ""
    return clocks.pop()


def _zoned(finding: Finding, time: dt.time, default_zone: str, notes: list[str], item_clock: bool = False) \
        -> zones.Resolved:
    """The aware start of a timed finding: its label, else the zone of its place or the article's, noted."""
    where = finding.place or finding.area
    if where is not None and not where.zone_certain and finding.area is not None and finding.area.zone_certain \
            and (finding.area.country == where.country or where.kind == COUNTRY and finding.area.kind == CITY):
        # "United States" over a list of the Mayor of San Francisco; "Rugby in the US", a panel's topic, in a
        # listing of a university in Beirut: a country of several clocks is a guess, the item's town is not.
        where = finding.area
    wall = dt.datetime.combine(finding.first, time)
    try:
        resolved = zones.resolve(wall, finding.zone_label, where.zone if where else "",
                                 where.zone_certain if where else False, default_zone, finding.item_zones)
    except zones.UnknownZone as exc:
        # "14:00 TRT in Ankara": a label we do not know still leaves the clock of the place named.
        assumed = where.display if where is not None and where.zone else default_zone
        notes.append(f"{exc}; the clock of {assumed} assumed")
        resolved = zones.resolve(wall, "", where.zone if where else "", where.zone_certain if where else False,
                                 default_zone)
    if resolved.note:
        notes.append(resolved.note)
    if not resolved.stated and where is not None and where.zone == resolved.zone and not where.zone_certain:
        # "Australia", "Canada": a country with several clocks is no zone; its capital's is only a guess.
        notes.append(f"zone {resolved.zone} guessed: the time names none and {where.display} keeps several clocks")
    elif not resolved.stated and where is not None and where.zone == resolved.zone:
        notes.append(f"zone {resolved.zone} inferred: the time names none; it is the clock of {where.display}")
    elif not resolved.stated and item_clock:
        notes.append(f"zone {resolved.zone} inferred: the time names no zone and the text no place; the item's"
                     " labelled times are on that clock")
    elif not resolved.stated:
        notes.append(f"zone {resolved.zone} inferred: the time names no zone and the text no place")
    return resolved


def _end(finding: Finding, resolved: zones.Resolved, start: dt.datetime) -> tuple[dt.datetime, str]:
    """The end of a timed event: the stated one, or the usual length of its kind."""
    if finding.until is not None:
        wall_end = dt.datetime.combine(finding.first, finding.until)
        if finding.until <= (finding.time or finding.until):
            wall_end += dt.timedelta(days=1)  # "22:00-01:00" ends the next day
        if resolved.zone == zones.UTC_ZONE:
            end = start + (wall_end - dt.datetime.combine(finding.first, finding.time or finding.until))
        else:
            end = zones.localize(resolved.zone, wall_end)
        return end, ""
    length = kinds.default_duration(finding.kind)
    minutes = int(length.total_seconds() // 60)
    how_long = f"{minutes} minutes" if minutes < 120 else f"{minutes // 60} hours"
    end = zones.in_zone(start.astimezone(dt.UTC) + length, resolved.zone)
    article = "an" if finding.kind[:1] in "aeiou" else "a"  # "an event"
    return end, f"the end is an estimate: {article} {finding.kind} usually lasts about {how_long}"


def _uid(article: Article, finding: Finding, slot: int) -> str:
    """Stable across rebuilds and across a change of time: source, article, day, kind, place, slot."""
    place = finding.place.name if finding.place else ""
    key = "\x1f".join((article.source, article.title, finding.first.isoformat(), finding.kind, place, str(slot)))
    return make_uid(key)

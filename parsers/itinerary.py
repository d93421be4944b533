"""Itineraries and programmes told in prose: which short dated sentences are events, and which times of a
sentence are the same event again. Pure; prose.py asks, and article.py (journeys and programmes as a whole,
days counted in a span) and advisory.py (the line above an entry, a list of times).
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re

from model import CONFERENCE, COURSE, EVENT, SUMMIT
from parsers import clauses, kinds, recurring, saidtoday
from parsers.blocks import Block
from parsers.dates import DayPart, Mention
from parsers.datewords import THE_BEFORE
from parsers.findings import Finding
from parsers.namedtimes import earlier_times
from parsers.pastdays import ARABIC_PERFECT
from parsers.places import COUNTRY, Place, best_place, find_places
from parsers.reading import Reading, add
from parsers.zonewords import list_joint

# Lower-case words of a sentence ("flies back to"), which a date line ("THE HAGUE, 22 January 2015.") lacks.
# (German and French words of running text too: "läuft"; Cyrillic and Greek ones: "пройдет", "θα γίνει"; and Arabic
# ones, which have no capitals: "يعقد المجلس اجتماعه")
_RUNNING_WORDS = re.compile(r"(?<![\w-])[a-zß-ÿа-яѐ-џґά-ώ\u0620-\u064a\u066e-\u06d3][^\W\d_]+\b")
_STATEMENT_WORDS = 2
# "Bike Week runs from Monday 1 June to Sunday 7 June.": a name and a verb of its happening say enough.
_HAPPENS = re.compile(r"\b(?:runs|opens|returns|continues|begins|starts|(?:is|are|will\s+be)\s+held)$")
# (Not a participle after "be", "is", "are": "will be held", "is scheduled" tell of what is to come.)
# (And the Greek aorist, now that Greek words count: "πραγματοποιήθηκε", took place; "διεξήχθη", was held; "έγινε".)
_PAST_VERB = re.compile(r"\b(?:was|were|had|did|took|made|came|went|left|met|gave|saw"
                        r"|(?<!\bbe )(?<!\bis )(?<!\bare )(?:held|\w{3,}ed)"
                        r"|\w{3,}(?:θηκε|θηκαν|χθη|χθηκαν)|έγιν(?:ε|αν)|πραγματοποίησ(?:ε|αν))\b")
# (Arabic reports what was in the perfect, "عقدت اللجنة جلستها", the committee held its session: no statement of
# what is to come, now that Arabic words count)
_ARABIC_PAST = re.compile(rf"(?<!\w){ARABIC_PERFECT}(?!\w)")
_LIST_JOINT = list_joint("and", "und", "et")  # (German and French join their lists of times so too)
# Portuguese and Spanish: "às 10h e às 14h", "a partir das 10h, de manhã, e a partir das 14h", "a las 10:00 y a las
# 16:00" (a part of the day may stand beside each time). The second time's own "às", "a partir das", "a las" must be
# there: "entre las 8:00 de la mañana y las 6:00 de la tarde" is one span of hours.
_IBERIAN_JOINT = re.compile(r"\s*(?:,\s*(?:de|pela|à|por\s+la|en\s+la)\s+(?:manhã|tarde|noite|mañana)\s*)?,?\s*"
                            r"(?:e|y)\s+(?P<at>(?:a\s+partir\s+d[ao]s|às|a\s+las|desde\s+las)\s+)?", re.IGNORECASE)
_IBERIAN_AT = re.compile(r"(?:a\s+partir\s+d[ao]s|às|a\s+las|desde\s+las)\s", re.IGNORECASE)


def _joined(sentence: str, before: Mention, mention: Mention) -> bool:
    """Nothing between two times of one list but a comma, "and" ("e", "y" before the second's "às", "a las")."""
    if _LIST_JOINT.fullmatch(sentence, before.end, mention.start):
        return True
    iberian = _IBERIAN_JOINT.fullmatch(sentence, before.end, mention.start)
    return iberian is not None and (iberian.group("at") is not None or _IBERIAN_AT.match(sentence, mention.start)
                                    is not None)
# "Accredited correspondents are invited to a press briefing": an invitation to an event, whatever practicality
# ("accredited") it also names.
_INVITED = re.compile(r"\binvited\s+to\s+(?:attend\s+|join\s+|cover\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
                      r"(?:press|media|news)\s+(?:briefing|conference|point|availability)")
# "the 3 p.m. session", "for the 10:00 press conference": a time that names an event by when it starts.
_NOUN_AFTER = re.compile(r"\s*([A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,2})")  # "press conference"
# "open Monday to Friday", "hours ..., Monday through Friday": a range of weekdays in a weekly rule, no span.
_WEEKLY = re.compile(r"\b(?:open|opens|hours|closed|daily|every|each|weekdays|weekends?"
                     # and as Spanish and Portuguese say it ("atiende de lunes a viernes", "funciona de segunda a")
                     r"|horario|horário|abre|abierto|aberto|atiende|atenderá|funciona|funcionará|todos los días"
                     r"|todos os dias|cada)\b", re.IGNORECASE)
# A subject that is a name of two or more capitalised words ("Question Time", "The Family Photo").
_NAMED_SUBJECT = re.compile(r"^(?:The\s+)?((?:[A-Z][\w'’-]*\s+){1,4}?[A-Z][\w'’-]*)\s+(?:will|is|are|takes?|starts?"
                            r"|begins?|follows?)\b")
_ORDINALS = {"first": 1, "opening": 1, "one": 1, "second": 2, "two": 2, "third": 3, "three": 3, "fourth": 4,
             "four": 4, "fifth": 5, "five": 5, "sixth": 6, "six": 6, "seventh": 7, "seven": 7}
_NUMBER = "|".join(_ORDINALS) + r"|[1-7]"
# "On the second day", "on days four and five of the conference", "On the final day": days of the span just named;
# "on the festival's first night", "on its closing evening": the first or last of them, told by its evening.
_DAY_OF_SPAN = re.compile(rf"\b[Oo]n\s+(?:the\s+)?(?:(?:[a-z][\w-]*['’]s|its|their)\s+)?"
                          rf"(?:(?P<nth>{_NUMBER}|final|last|closing)\s+(?:day|night|evening)"
                          rf"|days?\s+(?P<from>{_NUMBER})(?:\s+(?:and|to|through)\s+(?P<to>{_NUMBER}))?)\b"
                          # "of the conference" goes with the days; "the first day of the month" is a calendar's
                          r"(?!\s+of\s+(?:the|each|every|a)\s+(?:month|year|week|quarter|term)\b)"
                          r"(?:\s+of\s+the\s+[a-z][\w-]*\b)?")
# "le dernier jour", "el último día", "am letzten Tag", "no primeiro dia", "l'ultimo giorno", "마지막 날에는", "最終日":
# the first or last day of the span named before, as other languages say it
_FIRST_OR_LAST_ABROAD = re.compile(
    r"(?i:\b(?:le|au|lors\s+du|du)\s+(?P<fr>premier|dernier)\s+jour"
    r"|\b(?:el|la)\s+(?P<es>primer|[úu]ltimo)\s+d[íi]a|\b(?:am|den)\s+(?P<de>ersten|letzten)\s+Tag"
    r"|\b(?:no|o)\s+(?P<pt>primeiro|[úu]ltimo)\s+dia|\b(?:l['’]|il\s+)(?P<it>primo|ultimo)\s+giorno)\b"
    r"|(?P<cjk>첫날|마지막\s?날|最終日|最终日|最後の日|最后一天|最後一天|初日|第一天)")
_FIRST_WORDS = ("premier", "primer", "ersten", "primeiro", "primo", "첫날", "初日", "第一天")
_DAY_WORDS_ABROAD = ("jour", "día", "dia", "Tag", "giorno", "날", "日", "天")
# "Date of publication: 3 March 2024.", "Valid until ...", "Next review due on ...": a line about the text itself
# (not "The Board will review the rate on 10 April", "will update Parliament on": what someone will do).
_ABOUT_THE_TEXT = re.compile(r"\b(?:valid|due(?!\s+back)|until|till|use|(?<!will )(?<!to )review|publication"
                             r"|published|release|issued?|(?<!will )(?<!to )update[ds]?|effective|expires?|deadline"
                             r"|available|revised|version|edition"
                             # ("will update this page", "will review this policy": the text itself again)
                             r"|(?:this|these)\s+(?:page|policy|document|guidance|notice|information|list))\b")
_MAX_LISTED = 8  # a sentence lists a few showings, not hundreds


def invited(lowered: str) -> bool:
    """A sentence (lower-cased) that invites the press to an event of its own."""
    return "invited" in lowered and bool(_INVITED.search(lowered))


def statement(sentence: str, clause: str, day: Mention) -> bool:
    """"On Friday, 9 May, the envoy flies home." is a short sentence, not a date line: it ends with a full stop
    and, the date aside, says something in words of the running text (a heading names places and people, in
    capitals); said in the present or the future, as history is not an event. A date after "of" ("the
    service of 3 September") names a thing, not when something happens. A notice's lead-in ("Good news:") is no
    heading's colon."""
    lead_in = kinds.NOTICE_LABEL.match(clause)
    clause = clause[lead_in.end() :] if lead_in is not None else clause
    return (sentence.rstrip().endswith(".") and not sentence[: day.start].rstrip().endswith(" of")
            and (len(_RUNNING_WORDS.findall(clause)) >= _STATEMENT_WORDS
                 or _HAPPENS.search(clause.rstrip(" ,.")) is not None)
            and not _PAST_VERB.search(clause) and not _ARABIC_PAST.search(clause) and ":" not in clause
            and not _ABOUT_THE_TEXT.search(clause.lower()))


def listed_times(sentence: str, times: list[Mention], used: Mention | None,
                 later: list[tuple[int, Mention, str]]) -> list[Mention]:
    """The times listed after the event's own, nothing between them but a comma, "and" or "at" ("at 10:00,
    11:00 and 12:00"): each a time the event happens again. Only later times in the same zone: "15:00 CET,
    14:00 GMT" says one time twice. Ranges list only after a range: "from 9 to 10 a.m. and from 1 to 6 p.m." is
    one day's two sittings, while "at 9 a.m. and from 1 to 6 p.m." may tell the same event's later hours."""
    if used is None or used not in times:
        return []
    claimed = {id(mention) for _, mention, _ in later}
    listed: list[Mention] = []
    before = used
    for mention in times[times.index(used) + 1 :][:_MAX_LISTED]:
        if not _joined(sentence, before, mention) or mention.zone != used.zone \
                or mention.time is None or before.time is None \
                or mention.time <= before.time and not _past_midnight(before, mention) \
                or (mention.until is not None) != (used.until is not None) \
                or (before.until is not None and mention.time < before.until):
            break
        if id(mention) not in claimed:
            listed.append(mention)
        before = mention
    return _listed_before(sentence, times, used) + listed


# "at 9pm, 11pm & 12.30am": after an evening's time, a time of the small hours is the night's next showing, past
# midnight, not one before the others (the list's times go on; "at 10am and 9am" still goes back)
_EVENING, _SMALL_HOURS = dt.time(18), dt.time(6)


def _past_midnight(before: Mention, mention: Mention) -> bool:
    return before.time is not None and mention.time is not None and before.until is None and mention.until is None \
        and before.time >= _EVENING and mention.time < _SMALL_HOURS


def past_midnight(used: Mention | None, again: Mention) -> bool:
    """Is a listed time after the event's own and earlier than it ("9pm, 11pm & 12.30am": listed_times went on past
    midnight)? Then it is on the next calendar day (`add`'s `overnight`)."""
    return used is not None and again.start > used.start and used.time is not None and again.time is not None \
        and again.time < used.time


def _listed_before(sentence: str, times: list[Mention], used: Mention) -> list[Mention]:
    """"at 11.30 am, and again at 2.00 pm, on Thursday": the event's time is the one next to its day, and the
    earlier times listed before it are times it happens too."""
    return earlier_times(sentence, times, used, _LIST_JOINT, _MAX_LISTED)


_PROGRAMME_DAYS = 7  # a programme of one meeting runs over days, not weeks
# Kinds of gathering that run over days; a title that names several ("media briefings 2-8 Nov", "NA, Senate to
# meet") or a period ("Schedule of the Governor") is no one gathering.
_GATHERINGS = frozenset({SUMMIT, CONFERENCE, COURSE})
# ("Seminar List", "Lecture listing": a list of a series' days, each an event, no gathering that runs over them; not
# "Seminar on the World Heritage List", a gathering named after a list)
_SEVERAL = re.compile(r"\b(?:schedules?|diary|itinerary|agenda|calendar|week|briefings|events|engagements"
                      r"|meetings|conferences)\b|^(?:(?!\b(?:on|of|for|about|to)\b).)*\b(?:list|listing)\s*$")


def programme(findings: list[Finding], title: str) -> Finding | None:
    """A programme of timed rows under day headings ("Thursday, 3 December" ... "Friday, 4 December") for a
    meeting its title names ("27th Ministerial Council"): the meeting as a whole runs from its first day to
    its last, though no sentence says so. None when an event already covers those days."""
    days = sorted({f.first for f in findings if f.time is not None and f.first == f.last})
    kind = kinds.classify(title, generic=False)
    if len(days) < 2 or kind not in _GATHERINGS or _SEVERAL.search(title.lower()) \
            or (days[-1] - days[0]).days >= _PROGRAMME_DAYS:
        return None
    if any((b - a).days != 1 for a, b in zip(days, days[1:], strict=False)):
        return None
    if any(f.first <= days[0] and days[-1] <= f.last and f.first != f.last for f in findings):
        return None
    first = next(f for f in findings if f.time is not None and f.first == days[0])
    return dataclasses.replace(first, last=days[-1], time=None, until=None, zone_label="", kind=kind,
                               summary=kinds.item_summary(kind, title), text=title, as_published=title,
                               notes=())


def attributive(sentence: str, times: list[Mention]) -> tuple[Mention, str] | None:
    """"For the 3 p.m. session, all press must be seated by 2.30": a time between "the" and a kind of event
    names that event, whatever practicality the sentence is about. Returns the time and the event's words."""
    for mention in times:
        if not THE_BEFORE.search(sentence, max(0, mention.start - 4), mention.start):
            continue
        words = _NOUN_AFTER.match(sentence, mention.end)
        if words is not None and kinds.classify(words.group(1), generic=False) != EVENT:
            return mention, words.group(1)
    return None


def named_by_its_time(named: tuple[Mention, str], days: list[Mention], earlier: list[Mention], sentence: str,
                      previous: str, context: Reading) -> None:
    """"... the afternoon session on Monday 29 September ... For the 3 p.m. session, all press must be seated by
    2.30 p.m.": the event a practicality names by its time, on the day of its sentence or of the one before."""
    lowered = sentence.lower()
    if saidtoday.of_a_life(lowered) or recurring.recurring(lowered):
        return
    time, words = named
    text, day = sentence, days[0] if days else None
    if day is None and earlier:
        text, day = f"{previous} {sentence}", earlier[-1]  # the sentence before starts the text: its offsets hold
        time = time.shifted(-len(previous) - 1)
    if day is None and not context.anchored:
        return
    kind = kinds.classify(words)
    add(context, text, day, time, kind, kinds.item_summary(kind, words), best_place(find_places(words)) or
        context.heading_place, [m for m in (day, time) if m])


# "Monday to Friday this week": the range is pinned to the item's own week, a span of days, however "open every
# day" the sentence says it is
_THIS_WEEK = re.compile(r"day,?\s+this\s+week\b", re.IGNORECASE)


def weekly(sentence: str) -> bool:
    """"open Monday to Friday", "hours ..., Monday through Friday": a range of weekdays in a weekly rule, no span."""
    return _WEEKLY.search(sentence) is not None and _THIS_WEEK.search(sentence) is None


def names_its_own(clause: str, announced: str) -> bool:
    """"Question Time will be held at 2pm" after a day's sitting: a sentence whose subject is a name the event
    announced before does not hold is an event of its own, not the time of that one."""
    named = _NAMED_SUBJECT.match(clause)
    return named is not None and named.group(1) not in announced


def _count(word: str) -> int:
    return _ORDINALS.get(word) or int(word)


def day_of_span(sentence: str, findings: list[Finding]) -> list[Mention]:
    """"On days four and five of the conference ...", "On the final day ...": those days of the span of days
    the item named last (a conference of 13 to 17 June), as a mention whose year is still to be inferred."""
    said = _DAY_OF_SPAN.search(sentence) if " day" in sentence or " night" in sentence or " evening" in sentence \
        else None
    abroad = _FIRST_OR_LAST_ABROAD.search(sentence) if said is None and any(
        word in sentence for word in _DAY_WORDS_ABROAD) else None
    found = said or abroad
    if found is None:
        return []  # most sentences: the findings are not walked back
    span = next((f for f in reversed(findings) if f.last > f.first), None)
    if span is None:
        return []
    length = (span.last - span.first).days + 1
    if abroad is not None:
        word = next(w for w in abroad.groups() if w).lower()
        first = last = 1 if word in _FIRST_WORDS else length
    elif found.group("nth") in ("final", "last", "closing"):
        first = last = length
    else:
        first = _count(found.group("nth") or found.group("from"))
        last = _count(found.group("to")) if found.group("to") else first
    if not 1 <= first <= last <= length or last - first > 1 and " and " in found.group():
        return []  # "days one and four": two days apart, not a run of days
    start, end = span.first + dt.timedelta(days=first - 1), span.first + dt.timedelta(days=last - 1)
    part = DayPart(start.day, start.month, None, start.weekday())
    if start == end:
        return [Mention("day", found.start(), found.end(), found.group(), first=part)]
    return [Mention("span", found.start(), found.end(), found.group(), first=part,
                    last=DayPart(end.day, end.month, None, end.weekday()))]


_ABOVE = 2  # lines above an entry that may say what it is


def announced_above(block: Block, blocks: list[Block]) -> str:
    """The line just above an entry that says only when, if it names a kind of event ("Two online press briefings
    are held."): what the entry is. '' when none does."""
    at = bisect.bisect_left([b.number for b in blocks], block.number)
    for above in reversed(blocks[max(0, at - _ABOVE) : at]):
        if not any(ch.isdigit() for ch in above.text) and kinds.classify(above.text, generic=False) != EVENT:
            return above.text
    return ""


_NEXT_TO = 4  # characters between a time and the day after it: " on ", ", "


# "at 10:00 EST (15:00 GMT) on 5 March": the same moment on another clock, in brackets, stands between them.
_RESTATED_ASIDE = re.compile(r"\s*\([^()]{1,40}\)")


def time_before_day(day: Mention, before: Mention, after: list[Mention], sentence: str) -> bool:
    """Is the time right before the day its time, though a later time follows ("at 9:30 on Thursday 9 October,
    followed by a lunch at 11")? Only a time next to the day: nothing but "on" or a comma between them, and a
    bracket that restates the time on another clock."""
    if not after or day.start < before.end:
        return False
    between = sentence[before.end : day.start]
    return len(_RESTATED_ASIDE.sub("", between) if "(" in between else between) <= _NEXT_TO


_BARE_JOINT = re.compile(r"[ ,]{1,3}")


def weekday_after_time(sentence: str, weekday: Mention, mentions: list[Mention]) -> bool:
    """"at 9 a.m. Tuesday", "at noon Thursday", "at 11:30 a.m. EDT Thursday": a weekday right after a clock
    time, with no "on" (the style of US and wire copy), is the day of that time."""
    return weekday.kind == "weekday" and any(
        m.kind == "time" and m.end <= weekday.start and _BARE_JOINT.fullmatch(sentence, m.end, weekday.start)
        for m in mentions)


# "Tuesday, 11 a.m.": a comma between the weekday and its time.
_WEEKDAY_TIME_JOINT = re.compile(r"\s*,\s*")
# "Wednesday morning": the weekday's half of the day said after it.
_HALF_OF_DAY_AFTER = re.compile(r"\s+(?:morning|afternoon|evening|night)\b", re.IGNORECASE)


def weekday_before_time(sentence: str, weekday: Mention, mentions: list[Mention]) -> bool:
    """"will hold a media availability Tuesday at 11 a.m.", "will speak Wednesday morning": a weekday without "on"
    right before its clock time or its half of the day (the style of US copy) is the day of the event."""
    if weekday.kind != "weekday":
        return False
    if _HALF_OF_DAY_AFTER.match(sentence, weekday.end):
        return True
    after = next((m for m in mentions if m.start >= weekday.end), None)
    if after is None or after.kind != "time":
        return False
    # "Tuesday at 11 a.m.", "Monday from 6 to 7 p.m." (the time's mention's words), "Tuesday, 11 a.m."; not a bare
    # space before the clock ("Sunday 10 A.M. to 3 P.M.": a row of opening hours)
    return _WEEKDAY_TIME_JOINT.fullmatch(sentence, weekday.end, after.start) is not None \
        or after.text.lower().startswith(("at ", "from ", "à ", "dès ", "alle ", "dalle ")) \
        and not sentence[weekday.end : after.start].strip()  # ("jeudi à 17 heures", "giovedì alle 17")


def weekday_of_time(mentions: list[Mention]) -> Mention | None:
    """"told reporters on Thursday that he would open it at 6 p.m. on Saturday": of several weekdays, the one
    right after the clock time ("at 6 p.m. on Saturday") is the event's day, not the one the news was told."""
    weekdays = [m for m in mentions if m.kind == "weekday" and m.text[:3].lower() == "on "]
    if len(weekdays) < 2:
        return None
    return next((w for w in weekdays for m in mentions
                 if m.kind == "time" and 0 < w.start - m.end <= _NEXT_TO), None)


# What opens a clause of its own before "on Saturday": "..., and on Saturday", "; on Saturday", "and then on".
_CLAUSE_JOINT = re.compile(r"(?:,\s*(?:and\s+)?(?:then\s+)?|;\s*|\s+and\s+(?:then\s+)?)$")
_CLAUSE_CONTENT = re.compile(r"\b[a-z]{3,}\b")
_CLAUSE_MIN = 2  # words of the clause after the weekday: "she visits Osaka"
# (after its verb, names count: "and meets President Prabowo on Monday")
_VERB_CLAUSE_CONTENT = re.compile(r"\b[A-Za-z]{3,}\b")
# ", and meets the Prime Minister on Tuesday": a clause of its own verb (third person, present) ending with its weekday
# ", where he will attend the summit on Saturday": a clause of where the sentence took him, with its own weekday
# ", and a Christian service follows on Sunday", "; the fair opens on Monday": a clause of its own subject
# (", and will address the council on Monday", "; she will address ...": the same told in the future)
_VERB_CLAUSE = re.compile(r"(?:,\s*|\s+)and\s+(?:then\s+)?(?:(?=[a-z]{3,}s\b)|(?:will|shall)\s+(?=[a-z]{3,}\b))"
                          r"|(?:,\s*where|;)\s+(?:he|she|they|we)\s+(?:will\s+)?(?=[a-z]{3,}\b)"
                          r"|(?:,\s*and|;)\s+(?=(?:a|an|the)\s)")
_AND_THE_NEXT = re.compile(r"\s+and\s+$")


def weekday_clauses(sentence: str, mentions: list[Mention], anchor: Mention | None) -> list[tuple[int, Mention, str]]:
    """"On Friday she meets her counterpart, and on Saturday she visits Osaka": each later "on WEEKDAY" that
    opens a clause is an event of its own. Returns (where its joint starts, the weekday, its clause)."""
    if anchor is None or anchor.kind not in ("weekday", "day"):
        return []
    found: list[tuple[int, Mention, str]] = []
    # ("..., and on Wednesday 25th June she flies home": a dated day after "on" opens one too.)
    later = [m for m in mentions if m.start >= anchor.end and (
        m.kind == "weekday" and m.text[:3].lower() == "on "
        or m.kind == "day" and anchor.kind == "weekday" and sentence.lower().endswith("on ", 0, m.start))]
    opened = anchor.end  # where the clause of the weekday before ends
    for at, mention in enumerate(later):
        joint = _CLAUSE_JOINT.search(sentence, anchor.end, mention.start)
        if joint is None and mention.kind == "day":
            # "meets the minister on Monday, before the summit on Thursday 26 June": the words since the last joint
            if (clause := clauses.before_its_day(sentence, opened, mention.start)) \
                    and len(_CLAUSE_CONTENT.findall(clause[1])) >= _CLAUSE_MIN:
                found.append((clause[0], mention, clause[1]))
            opened = mention.end
            continue
        if joint is None:
            # "arrives in Tokyo on Monday and meets the Prime Minister on Tuesday": the weekday ends its clause
            # (a time beside the weekday, "addresses the council at 10:00 on Monday", is the clause's own)
            verb = _VERB_CLAUSE.search(sentence, opened, mention.start)
            if verb is not None and (words := sentence[verb.end() : mention.start].strip(" ,;.")) \
                    and len(_VERB_CLAUSE_CONTENT.findall(words)) >= _CLAUSE_MIN and not any(
                        opened <= m.start < mention.start for m in mentions if m is not anchor and m.kind != "time"):
                found.append((verb.start(), _with_the_next_day(sentence, mention, mentions), words))
            opened = mention.end
            continue
        end = later[at + 1].start if at + 1 < len(later) else len(sentence)
        words = _CLAUSE_JOINT.sub("", sentence[mention.end : end]).strip(" ,;.")  # up to the next one's joint
        if len(_CLAUSE_CONTENT.findall(words)) >= _CLAUSE_MIN:
            found.append((joint.start(), mention, words))
        opened = mention.end
    return found + _semicolon_clauses(sentence, mentions, anchor, later)


# Kinds of a later clause's own day that the sentence's dated day does not count: a weekday, "tomorrow", "the day after"
_CLAUSE_DAY_KINDS = ("weekday", "published", "relative")


def _semicolon_clauses(sentence: str, mentions: list[Mention], anchor: Mention,
                       taken: list[Mention]) -> list[tuple[int, Mention, str]]:
    """"viaja para Lisboa na próxima quinta-feira, dia 7; por isso o Conselho antecipa a reunião para amanhã": a clause
    after a semicolon with a day of its own, in any language, is an event on that day, not on the first clause's; and
    the day in context moves to it, so a time told after it ("Por volta das 17h30, ...") is of that day."""
    found: list[tuple[int, Mention, str]] = []
    for at, mention in enumerate(mentions):
        if mention.start < anchor.end or mention.kind not in _CLAUSE_DAY_KINDS or mention in taken \
                or mention.kind == "weekday" and " " not in mention.text.strip():
            continue  # (a weekday's name alone, "day tickets and Friday Rush remain", may name a thing)
        semicolon = sentence.rfind(";", anchor.end, mention.start)
        if semicolon < 0 or any(semicolon < m.start < mention.start and m.kind != "time" for m in mentions):
            continue
        end = next((m.start for m in mentions[at + 1 :] if m.kind != "time"
                    and sentence.rfind(";", mention.end, m.start) >= 0), len(sentence))
        words = f"{sentence[semicolon + 1 : mention.start]} {sentence[mention.end : end]}".strip(" ,;.")
        if mention.kind == "relative" and mention.offset == 0 and not _own_place(words):
            # "...; the ministry opens the museums free that day": the first clause's day and event, which the sentence
            # has already; "...; the same day, the minister opens the new wing at the Central Hospital" is another
            # event of that day, at a place of its own
            continue
        if len(_VERB_CLAUSE_CONTENT.findall(words)) >= _CLAUSE_MIN:
            found.append((semicolon, mention, " ".join(words.split())))
    return found


# "at the Central Hospital", "in the Town Hall": a venue of its own, named in capitals after "at" or "in the" ("in"
# and a bare capital is a language or a month as often: "publishes the guide in English", "in March")
_AT_A_VENUE = re.compile(r"\b(?:at\s+(?:the\s+)?|in\s+the\s+)[A-Z][\w'’-]+(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]+)*")


def _own_place(words: str) -> bool:
    """Does a clause name a place of its own: a town ("at the hospital in Bradford") or a venue in capitals?"""
    return _AT_A_VENUE.search(words) is not None \
        or any(m.locative or m.place.kind != COUNTRY for m in find_places(words))


def _with_the_next_day(sentence: str, weekday: Mention, mentions: list[Mention]) -> Mention:
    """"on Saturday and Sunday": the weekday and the day after it, named right after it, as one run of days."""
    after = next((m for m in mentions if m.start >= weekday.end), None)
    if after is None or after.kind != "weekday" or weekday.weekday is None or after.weekday is None \
            or (after.weekday - weekday.weekday) % 7 != 1 \
            or not _AND_THE_NEXT.match(sentence, weekday.end, after.start):
        return weekday
    return Mention("weekdays", weekday.start, after.end, sentence[weekday.start : after.end], weekday=weekday.weekday,
                   offset=1)


def with_span(mentions: list[Mention], days: list[Mention]) -> list[Mention]:
    """The mentions with a day the sentence counts within a span (`day_of_span`: "on days four and five"), which
    is no mention of its own, in place of any mention inside its words."""
    if not days or days[0] in mentions:
        return mentions
    span = days[0]
    return sorted([m for m in mentions if not span.start <= m.start < span.end] + [span], key=lambda m: m.start)


# Only spaces and a comma between a weekday and its time: "on Monday at 10:00", "on Monday, at 10:00", "at 10:00 on
# Monday"
_BESIDE = re.compile(r"[ \t]*,?[ \t]*")


def time_beside(sentence: str, weekday: Mention, times: list[Mention]) -> Mention | None:
    """The time told right beside a weekday ("on Monday at 10:00", "at 10:00 on Monday")."""
    for time in times:
        if time.start >= weekday.end and _BESIDE.fullmatch(sentence, weekday.end, time.start) \
                or time.end <= weekday.start and _BESIDE.fullmatch(sentence, time.end, weekday.start):
            return time
    return None


def later_weekday_time(sentence: str, mentions: list[Mention], anchor: Mention | None) -> Mention | None:
    """The sentence's first time after its first day, when it is told beside a later "on WEEKDAY", not beside that
    day ("travels to Geneva on Sunday, 8 February, where she addresses the council on Monday at 10:00"): the time
    of that weekday's clause, not of the first day."""
    if anchor is None or anchor.kind not in ("weekday", "day"):
        return None
    time = next((m for m in mentions if m.kind == "time" and m.start >= anchor.end), None)
    if time is None or time_beside(sentence, anchor, [time]) is not None:
        return None
    return time if any(m.kind == "weekday" and m.start >= anchor.end and m.text[:3].lower() == "on "
                       and time_beside(sentence, m, [time]) is time for m in mentions) else None


def add_clauses(onward: list[tuple[int, Mention, str]], text: str, place: Place | None, context: Reading,
                sentence: str = "", times: tuple[Mention, ...] = ()) -> None:
    """An event for each clause of its own weekday ("..., and on Saturday she visits Osaka"), at the place it
    names, else the sentence's, at the time told beside its weekday ("and on Saturday at 10:00 she visits ...")."""
    for _, day, words in onward:
        time = time_beside(sentence, day, list(times))
        if time is not None:
            words = words.replace(time.text, "")
        kind = kinds.classify(words)
        own = best_place([m for m in find_places(words) if m.locative or m.place.kind != COUNTRY]) or place
        add(context, text, day, time, kind, kinds.sentence_summary(kind, words), own, [m for m in (day, time) if m])

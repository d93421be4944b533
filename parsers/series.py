"""A series' one time, said once for its dated entries ("Every lecture starts at 8 p.m."), and a standing rule's time
for the next meeting it names ("The board meets on the second Thursday of each month at 6:30 p.m."). Pure; prose.py
keeps the time, sentenceevents.py gives it to the entries.
"""

from __future__ import annotations

import re

from parsers import recurring
from parsers.blocks import Block
from parsers.dates import Mention
from parsers.reading import Reading

# "Every lecture starts at 8 p.m.", "Unless noted otherwise, the series' events are held ... at 7:30 pm": one
# time for each dated entry of a series, said once. (The words between the noun and the verb are bounded, so a
# long text without a verb is not scanned to its end from every "every".)
_SERIES = re.compile(
    r"\b(?:(?:every|each|all)\s+(?:[\w-]+\s+){0,3}?(?P<noun>lecture|session|event|meeting|talk|briefing|sitting"
    r"|performance|show|concert|screening|debate|hearing)s?\b[^.;]{0,200}?\b(?:starts?|begins?|are\s+held"
    r"|takes?\s+place|will\s+(?:start|begin|be\s+held))\b|\bunless\s+(?:otherwise\s+)?(?:noted|stated|indicated)\b"
    # "The two Bledisloe Cup Tests ... will kick off at 4pm": the kick-off of each fixture of a series ("Both matches
    # kick off at 7pm" after two dated matches is theirs: datecontext reads it)
    r"|\bthe\s+(?:two|three|four)\s+(?:[\w-]+\s+){0,3}?(?P<fixture>test|match|game|fixture)(?:s|es)?\b[^.;]{0,200}?"
    r"\b(?:will\s+)?kicks?\s+off\b)",
    re.IGNORECASE)


# "Die öffentlichen Sitzungen beginnen um 19.30 Uhr", "Le sedute hanno inizio alle ore 18:00", "Las sesiones
# ordinarias comienzan a las 19:00", "Les séances publiques débutent à 20h00": a body's sittings, in the plural,
# said to begin at one hour, with no "every" (which _SERIES reads); the hour of each sitting listed below. (The
# hour's own words, "um", "alle ore", "à", are its mention's, after the verb.)
_PLURAL_BEGIN = re.compile(
    r"\b(?P<noun>sitzungen|versammlungen|sedute|riunioni|sesiones|reuniones|séances|réunions|sessões|reuniões"
    r"|vergaderingen)\s+(?:[\w-]+\s+){0,2}?(?:beginnen|starten|hanno\s+inizio|iniziano|cominciano|comienzan|inician"
    r"|empiezan|débutent|commencent|começam|iniciam|têm\s+início)\b",
    re.IGNORECASE)


_NAMED = "named"  # a standing time's layout: it goes only to sentences that name what its rule names


def series_time(sentence: str, mentions: list[Mention], block: Block, context: Reading) -> bool:
    """Is the sentence one that gives every entry of a series its one time (no day of its own)? Then the time,
    its sentence and its noun are kept in `context` for the entries below it."""
    times = [m for m in mentions if m.kind == "time"]
    if len(times) != 1 or any(m.kind in ("day", "span", "published", "relative") for m in mentions):
        return False
    said = _SERIES.search(sentence, 0, times[0].start) or _PLURAL_BEGIN.search(sentence, 0, times[0].start)
    if said is None:
        return _standing_time(sentence, times[0], block, context)
    context.series_time, context.series_said, context.series_block = times[0], " ".join(sentence.split()), block.number
    fixture = said.groupdict().get("fixture")
    context.series_noun, context.series_layout = (said.group("noun") or fixture or "").lower(), ""
    return True


# What a rule of recurrence names: a gathering ("meets" is a meeting), or the short name in brackets after its own
# ("Tuesday Night Talks (TNT)").
_GATHERING = re.compile(r"\b(meeting|session|talk|lecture|briefing|sitting|hearing|class|workshop|tour|screening"
                        r"|concert|show)s?\b|\b(meet)s\b", re.IGNORECASE)
_SHORT_NAME = re.compile(r"\(([A-Z]{2,6})\)")


def _standing_time(sentence: str, time: Mention, block: Block, context: Reading) -> bool:
    """"The board meets on the second Thursday of each month at 6:30 p.m." / "TNT is held bi-weekly on Tuesday
    evenings starting at 6 p.m.": a rule of recurrence with one time, no event, and the time of the one dated
    "next meeting" or "next TNT" after it, in any paragraph below, that names what the rule names."""
    if not recurring.recurring(sentence.lower()):
        return False
    nouns = [(found.group(1) or "meeting").lower() for found in _GATHERING.finditer(sentence)]
    nouns += _SHORT_NAME.findall(sentence)
    if not nouns:
        return False
    context.series_time, context.series_said, context.series_block = time, " ".join(sentence.split()), block.number
    context.series_noun, context.series_layout = "|".join(dict.fromkeys(nouns)), _NAMED
    return True


_GOES_ON_SALE = re.compile(r"\b(?:go(?:es)?|went|are|is)\s+(?:to\s+go\s+)?on\s+sale\b|\bsales?\s+opens?\b",
                           re.IGNORECASE)


def series_entry(sentence: str, block: Block, context: Reading) -> Mention | None:
    """The series' time for a dated sentence: one in a block after the series' own, while the blocks keep the kind
    of the first of them, or one that names the series' noun ("All concerts start at 8 pm. ... the festival
    opens on Friday": the festival is no concert)."""
    if context.series_time is None or _GOES_ON_SALE.search(sentence):
        return None  # (ticket sales for the series' entries, "go on sale on Monday, 5 October", are no entry)
    if block.number > context.series_block and context.series_layout != _NAMED:
        context.series_layout = context.series_layout or block.kind
        if block.kind == context.series_layout:
            return context.series_time
        context.series_time = None  # the layout changed: the series' list has ended
        return None
    noun = context.series_noun
    # A standing time goes to "the next meeting" only: "the two-day meeting next week" may be at any hour.
    lead = r"\bnext\s+(?:[\w'’-]+\s+){0,2}?" if context.series_layout == _NAMED else r"\b"
    return context.series_time if noun and re.search(rf"{lead}(?:{noun})", sentence, re.IGNORECASE) else None


def series_note(context: Reading) -> str:
    given = context.series_time.time if context.series_time is not None else None
    said = context.series_said if len(context.series_said) <= 80 else f"{context.series_said[:77]}..."
    return f"time {given:%H:%M} taken from '{said}'" if given is not None else ""

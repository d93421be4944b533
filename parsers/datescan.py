"""Where in a text the date grammar is tried: cheap anchors, then GRAMMAR at the word starts near them. Pure."""

from __future__ import annotations

import re

from parsers.clockforms import FIELD_GLUED, FORM_PATTERNS, GLUED
from parsers.dateforms import ORDINAL_DAY_FOLLOWERS
from parsers.datewords import COUNTS, LONG_ZONE_LABELS, MONTHS, ORDINALS, WEEKDAYS
from parsers.digitscan import matches_at
from parsers.fieldnames import TIME, WHEN

_GLUED_WORD = re.compile(r"[A-Za-z]+$")  # the letters just before a time glued to them

# Every mention holds a number or one of the words below (see anchors). Looking for
# them first and trying GRAMMAR only around them keeps extraction fast on megabytes.
# A number of one or two digits standing alone (or after an abbreviation's full stop, "Jan.5"), followed by
# what dates and times are made of, or after a month name ("November 21 at 10:00"). Each pattern starts with a
# digit or a letter, so the regex engine skips ahead to candidates at C speed.
_MONTH_ENDS = "|".join(sorted({e for n in MONTHS for e in (n[-3:], n[-3:].upper(), n[-3:].capitalize())}))  # 3 letters
# (The digit is found by a cheap class, 0-9 and all but ASCII, a bitmap test, and checked behind to be \d:
# the engine then tests no Unicode category at every position. The same matches.)
_NUMBER_ANCHOR = re.compile(
    r"[^\x00-/:-\x7f](?<=\d)(?<![\d,]\d)(?<!\d\.\d)\d?(?![\d]|\.\d\d\d|,\d\d\d(?!\d))(?:"
    r"(?=(?:[ ]?(?:st|nd|rd|th))?\)?\s*(?:of\s+)?(?:[A-Z][a-zA-Z]|[:.hH/]\s?\d|[aApP]\.?\s?[mM]\b|[-–—]"
    r"|to\b|and\b|until\b|till\b|through\b|,?\s*(?:19|20)\d\d|,?\s*\(|\s*hrs\b|\s*hours\b|\s*HRS\b|\s*noon\b"
    r"|\s?h\b|\s?o[’']\s?clock\b"
    # "14´30 horas": an accent or an apostrophe between hour and minutes (clockforms), before the clock's word
    r"|[´'’][0-5]\d\s*(?:hrs|hours|horas|Horas|HORAS|h\b)"
    # "5.X.2023", "14/VI/2024": a month in Roman numerals (dateforms' "rmy"; the hyphened one is found above)
    r"|[./][IVX]{1,4}[./](?:19|20)\d\d"
    # "at 10:00 on the 18th.": an ordinal day alone, where dateforms' "od" may read it ("on the 18 th.": its
    # suffix set apart)
    # (and "at 1100 hours on 14th instant": this month's, in South Asian English)
    rf"|[ ]?(?:st|nd|rd|th)(?:\s*(?:[,.;:)]|$)|\s+(?:{ORDINAL_DAY_FOLLOWERS})\b|\s+of\s+this\s+month\b"
    r"|\s+inst(?:ant\b|\.))))"
    rf"|(?<=(?:{_MONTH_ENDS})[ .]\d)|(?<=(?:{_MONTH_ENDS})\. \d)"
    rf"|(?<=(?:{_MONTH_ENDS})[ .]\d\d)|(?<=(?:{_MONTH_ENDS})\. \d\d))"
)
# "2023-11-21" and "1400 hrs" are found by their literal parts, which the engine finds fastest;
# the year of an ISO date is found by moving back; a mention is tried at the word starts before the anchor.
_ISO_ANCHOR = re.compile(r"-[01]\d-[0-3]\d")
_DOTTED_YEAR_FIRST = re.compile(r"(?:19|20)\d\d\.(?:1[0-2]|0?[1-9])\.\d")  # "2026.10.04": the year opens it
_HOURS_ANCHOR = re.compile(r"hrs|hours|HRS|HOURS|Hrs|Hours")
_AT_ANCHOR = re.compile(r"t (?=\d{4}[hH]?\b)")  # "at 1440": found by its literal part, "at" checked after
# "at about 1400" ("\b[Aa]t ..." written with its first letter first, the word's start checked behind it: the engine
# skips to the letter instead of trying the pattern at every position; the same matches)
_AT_ABOUT_ANCHOR = re.compile(r"[Aa](?<!\w.)t (?:about|around|approximately) (?=\d{4}\b)")
_AT_ABOUT_WORDS = ("t about ", "t around ", "t approximately ")  # one is in every match: looked for first (anchors)
# "730AM", "12NN", "12 nn": an hour run into its minutes, or Manila's noon. (Its first digit found by the cheap class
# and checked behind, as in _NUMBER_ANCHOR, "1" of "12NN" too: the matches of r"\d{3,4}[AaPp]\.?[Mm]\b|12\s?NN\b",
# at a quarter of its cost.)
_RUN_TOGETHER = re.compile(r"[^\x00-/:-\x7f](?<=\d)(?:\d{2,3}[AaPp]\.?[Mm]\b|(?<=1)2\s?(?:NN|nn)\b)")
# "0600 GMT", "1130GMT": four digits before the label, a space between or none, checked after (as _starts)
_WIRE_WORDS = ("GMT", "UTC", "Zulu", "ZULU")
# "1300-1430 EST": a range of four figures with another clock's label after its end, found at its first digit
_FOUR_FIGURE_RANGE = re.compile(rf"(?:[01]\d|2[0-3])[0-5]\d[-–](?:[01]\d|2[0-3])[0-5]\d\s(?:{LONG_ZONE_LABELS})\b")
# "0900L": aviation's local hour, four figures and an L, found at its first digit (dateforms decides)
_LOCAL_HOUR = re.compile(r"(?:[01]\d|2[0-3])[0-5]\dL\b")
# Words that relative days, weekdays, noon and midnight all contain: a superset, GRAMMAR decides.
_WORD_ANCHOR = re.compile(r"day|DAY|noon|Noon|night|orning|vening|fternoon|fterward")
# "tomorrow" holds none of them: after its time ("at 10:45 am tomorrow") no number anchors it. Only there, in
# the time's own phrase (lower case, a digit just before): a "Tomorrow's ..." opening a row or sentence is not read.
_TOMORROW = "tomorrow"
# "December fourth", "the twenty-first of May": the endings of the days in words (found as the day words are).
_ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                  "eleventh", "twelfth", "teenth", "tieth")
_TIME_REACH = 16
_TIME_WORDS = ("noon", "midnight")  # "at noon tomorrow", "from midnight tomorrow": a time without a digit
# The same two as lists of words, which str.find looks for at memory-scan speed (see _starts).
_HOURS_WORDS = tuple(_HOURS_ANCHOR.pattern.split("|"))
_DAY_WORDS = tuple(_WORD_ANCHOR.pattern.split("|"))
# A word where GRAMMAR's own look-behind lets a mention start; its first letters are enough to
# tell an opening word ("immediately" is the longest), and a bound keeps long runs of letters cheap.
_OPENING_LENGTH = 16
_WORD_START = re.compile(rf"(?<![\w/.:-])\w{{1,{_OPENING_LENGTH}}}")
# Every form opens with a number or one of these words (any case): GRAMMAR is tried only there.
_OPENING_WORDS = frozenset(
    {"from", "between", "on", "during", "in", "at", "the", "that", "later", "earlier", "straight", "immediately",
     *COUNTS,
     "directly", "shortly", "right", "today", "tomorrow", "yesterday", "this", "tonight", "noon", "midday",
     "midnight", "twenty", "thirty", "last"}
    | MONTHS.keys() | WEEKDAYS.keys() | ORDINALS.keys()
)
# The characters each form of the grammar may open with (tests/test_datescan_forms.py reads them off each form's
# parsed pattern). GRAMMAR tried at a word start runs every form in turn, each through its optional openings and
# look-behinds before it fails ("t" through twenty look-behinds of document parts at "Monday"); the forms that may
# open with the word's first character, tried one by one in the grammar's order, give the same match at half the
# cost. A form that opens with \d opens with any digit, beyond ASCII too: a character not in the table is tried
# with every form.
_DIGITS = "0123456789"
_OPENS_WITH = {
    "dmm": "23", "sd": _DIGITS + "BFMSTWbfmstw", "sm": "ABDFJMNOSTWabdfjmnostw", "sl": _DIGITS + "FMSTWfmstw",
    "ml": "ADFJMNOSadfjmnos", "dd": _DIGITS + "EFMNSTWefmnstw", "dm": "ADFJMNOSTWadfjmnostw", "iso": "12", "ymd": "12",
    "nsp": _DIGITS, "nds": _DIGITS, "num": _DIGITS + "FMSTW", "nsd": _DIGITS, "ny2": _DIGITS, "pny": "0123",
    "ns2": _DIGITS + "FMSTW", "upd": _DIGITS,
    "nd": _DIGITS, "wsl": "FMSTW", "rmy": _DIGITS, "dmy2": _DIGITS, "rel": "23456789DEFILNORSTdefilnorst",
    "pub": "LTYlty", "wsp": "FMSTWf", "wsd": "FMSTW", "wn": "FMSTWfmstw", "od": "\t 123456789Oo", "wd": "FMOSTWo",
    "tr": _DIGITS + "ABFMNabfmn", "hd": "AFaf", "t": _DIGITS + "AFMNafmn", "mil": "Aa", "oc": _DIGITS + "Aa",
}
_EVERY_FORM = tuple(FORM_PATTERNS.values())
_FORMS_OPENING = {char: tuple(pattern for name, pattern in FORM_PATTERNS.items() if char in _OPENS_WITH[name])
                  for char in "".join(_OPENS_WITH.values())}
BACK = 32  # the most a mention starts before its anchor ("earlier in the same day")
_AHEAD = 160  # the most a mention ends after it (more than any mention is long)


def leftmost(text: str, low: int, anchor: int) -> re.Match[str] | None:
    """The leftmost GRAMMAR match that starts in [low, anchor] (clockforms.GRAMMAR: the date grammar).

    Mentions start at the start of a word, so only those places are tried, each
    with an anchored match: the same answer as a search, at a fraction of its cost.
    """
    for word in _WORD_START.finditer(text, low, anchor + 1 + _OPENING_LENGTH):
        if word.start() > anchor:
            break
        opening = word.group()
        if not (opening[0].isdigit() or opening.lower() in _OPENING_WORDS):
            continue  # a word no form opens with: a quick test saves a match of the whole grammar
        for form in _FORMS_OPENING.get(opening[0], _EVERY_FORM):  # (GRAMMAR's match, see _OPENS_WITH)
            match = form.match(text, word.start(), anchor + _AHEAD)
            if match is not None:
                return match
    if anchor > 1 and text[anchor - 1] == ":" and text[anchor - 2].isalpha() and _time_field_before(text, anchor - 1):
        return FIELD_GLUED.match(text, anchor, anchor + _AHEAD)  # "Time:10:00": a field's name glued to its time
    if anchor and text[anchor - 1].islower():
        # "approximately12.00pm": the word before has no gap; "13sep10:00 am" is a date cell, not a glued time.
        glued = _GLUED_WORD.search(text, max(0, anchor - _OPENING_LENGTH), anchor)
        if glued is not None and glued.group().lower() not in MONTHS:
            return GLUED.match(text, anchor, anchor + _AHEAD)
    return None


def anchors(text: str, digits: list[int] | None) -> list[int]:
    """Positions where a mention may be. A superset: GRAMMAR decides; this only skips hopeless places.

    A number can start a mention only if it is small (a day or an hour) and followed
    by what dates and times are made of: a name, a time separator, am/pm, a range
    word; or if it is the year of an ISO date. Month and weekday names, and the
    words of relative days, are anchors too ("November 21", "On Wednesday"). Each
    test is a regular expression, so the scan runs in the regex engine, not in Python. The patterns that open
    with a digit are tried only at `digits` (digitscan.digit_positions of the text, found once for several users;
    None for a text dense with digits, which they search themselves).
    """
    found = [m.start() for m in matches_at(_NUMBER_ANCHOR, text, digits) if int(m.group()) <= 31]
    found.extend(max(0, m.start() - 4) for m in _ISO_ANCHOR.finditer(text))
    found.extend(m.start() for m in matches_at(_DOTTED_YEAR_FIRST, text, digits))
    found.extend(_starts(text, _HOURS_WORDS))  # "1400 hrs": the hour starts before it
    found.extend(m.start() - 1 for m in _AT_ANCHOR.finditer(text) if text[m.start() - 1 : m.start()] in ("a", "A"))
    if any(words in text for words in _AT_ABOUT_WORDS):  # (rare: str's scan, where the engine stopped at every "a")
        found.extend(m.start() for m in _AT_ABOUT_ANCHOR.finditer(text))
    found.extend(m.start() for m in matches_at(_RUN_TOGETHER, text, digits))
    found.extend(_starts(text, _DAY_WORDS))
    found.extend(_starts(text, _ORDINAL_WORDS))
    found.extend(at for at in _starts(text, (_TOMORROW,))
                 if _after_a_time(text[max(0, at - _TIME_REACH) : at]) or _CLAUSE_TOMORROW.match(text, at))
    found.extend(at for at in _starts(text, ("Tomorrow",)) if _OPENING_TOMORROW.match(text, at)
                 or TOMORROWS_GATHERING.match(text, at))
    found.extend(at for at in _starts(text, (_TOMORROW,)) if TOMORROWS_GATHERING.match(text, at))
    found.extend(at for at in _starts(text, _WIRE_WORDS)
                 if text[max(0, at - 5) : at - 1].isdigit() or text[max(0, at - 4) : at].isdigit())
    found.extend(m.start() for m in matches_at(_FOUR_FIGURE_RANGE, text, digits))
    found.extend(m.start() for m in matches_at(_LOCAL_HOUR, text, digits))
    found.sort()
    return found


def _starts(text: str, words: tuple[str, ...]) -> list[int]:
    """Where the regex of `words` as alternatives finds them, as finditer does: left to right, one match not
    inside the one before. No two of the words start at one place, so the first to match there is the one.
    str.find runs at memory-scan speed where the engine tries each alternative at every position."""
    spans = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            spans.append((at, at + len(word)))
            at = text.find(word, at + 1)
    spans.sort()
    starts, end = [], 0
    for start, stop in spans:
        if start >= end:  # "afternoon": "noon" inside "fternoon" is no match of its own
            starts.append(start)
            end = stop
    return starts


# "will travel to Paris tomorrow.", "meets tomorrow at the hall": "tomorrow" after a word of the sentence, ending
# its clause or before a preposition, is the day after the item's; not "the leaders of tomorrow", "tomorrow's", nor
# a hedge ("as soon as tomorrow"). The word before may be a name in capitals ("begins at the TSC tomorrow.").
# ("hosts tomorrow a delegation", "will tomorrow host": before the verb's object, not after a preposition, "for
# tomorrow the way employers need it"; or between "will" and its verb, not in a question, "what will tomorrow bring")
_CLAUSE_TOMORROW = re.compile(r"(?<=[A-Za-z] )(?<!\bof )(?<!\bas )tomorrow"
                              r"(?=\s*(?:[.,;:)]|$)|\s+(?:at|in|on|for|with|to|from)\b)"
                              r"|(?<=[A-Za-z] )(?<!\bof )(?<!\bas )(?<!\bfor )(?<!\binto )(?<!\babout )(?<!\btowards )"
                              r"tomorrow(?=\s+(?:a|an|the)\b)"
                              r"|(?<=\bwill )(?<!\bwhat will )(?<!\bwho will )(?<!\bhow will )"
                              r"tomorrow(?=\s+[a-z]{3,}\b)")


# "Tomorrow the Foreign Minister travels to Lima", "Tomorrow, the Council votes on ...": a sentence that opens with
# "Tomorrow", a third party as its subject and an act of one as its verb tells the day after the item's; not
# "Tomorrow, we will join ... to rejoice", "Tomorrow is another day", "Tomorrow's leaders". A story opens so after
# its dateline's dash too ("DHAKA, Jan 9 (BSS) - Tomorrow the university starts ...") or its town's colon
# ("Bhubaneswar: Tomorrow the Union Minister spends a day in Odisha").
_OPENING_TOMORROW = re.compile(
    r"(?:(?<=^)|(?<=[.!?]\s)|(?<=\n)|(?<=\)\s-\s)|(?<=\)\s–\s)|(?<=\)\s—\s)|(?<=\)\s--\s)|(?<=[a-z]:\s))"
    r"Tomorrow(?:\s*,)?\s+"
    r"(?!(?:we|I|you|our|my|your|they|it|is|will|belongs|never|may|might|could|can|must)\b)"
    # ("Tomorrow more than 360 delegates from 116 countries gather ...": a counted crowd is a third party too)
    r"(?:the\s+[A-Za-z]|[A-Z]|(?:more\s+than|over|some|about|around|nearly)\s+\d)"
    r"(?=[^.!?\n]{0,120}?\b(?:will\s+)?(?:travels?|visits?|meets?|hosts?|holds?|chairs?|attends?|opens?"
    r"|launch(?:es)?|signs?|speaks?|address(?:es)?|delivers?|presents?|receives?|welcomes?|tours?|flies|fly"
    r"|arrives?|departs?|leaves?|spends?|takes?\s+part|participates?|votes?|debates?|sits?|convenes?|starts?|begins?"
    r"|inaugurates?|celebrates?|gathers?|assembles?|comes?\s+together"
    # ("Tomorrow, the Minister will be in Halifax for the ocean summit": where a third party will be, a town)
    r"|will\s+be\s+in\s+(?=[A-Z]))\b)")


# "Tomorrow's meeting of the committee starts at 1pm", "ahead of tomorrow's vote": the day of a gathering named right
# after it; not "tomorrow's leaders" or "tomorrow's world".
TOMORROWS_GATHERING = re.compile(
    r"[Tt]omorrow['’]s\s+(?:[\w-]+\s+){0,2}?(?:meeting|session|sitting|hearing|debate|vote|briefing|press\s+conference"
    r"|conference|summit|ceremony|match|game|launch|opening|visit|talks|forum|concert|service|parade|rally|march"
    r"|assembly|plenary|council|committee|workshop|seminar|webinar|lecture|event)s?\b")


def _after_a_time(before: str) -> bool:
    """Do the few characters before a "tomorrow" hold its time ("at 10:45 am tomorrow", "at noon tomorrow")?"""
    return any(c.isdigit() for c in before) or before.rstrip().endswith(_TIME_WORDS)


# The one-word names of a when field ("Time", "Hora", "Zeit"): only these glue their time to their colon ("Ref:12:45",
# "Romans:8:28" and "scale:1:25 000" are no clocks).
_TIME_FIELD_WORDS = frozenset(name for name in (*TIME, *WHEN) if name.isalpha())
_FIELD_REACH = 12  # characters of the longest such name


def _time_field_before(text: str, colon: int) -> bool:
    """Is the word right before the colon at `colon` a when field's name?"""
    start = colon
    while start > max(0, colon - _FIELD_REACH) and text[start - 1].isalpha():
        start -= 1
    return text[start:colon].lower() in _TIME_FIELD_WORDS

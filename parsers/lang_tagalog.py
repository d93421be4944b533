"""Filipino (Tagalog) dates and times, read into the same mentions as the English grammar. Pure.

    days     ika-5 ng Marso 2024 · ika-5 ng Marso, 2024 · Marso 5, 2024 · araw ng Martes, ika-5 ng Marso
    spans    ika-5 hanggang ika-7 ng Marso 2024 · mula ika-5 hanggang 7 ng Marso · Marso 5-7, 2024
    weekdays sa Martes · araw ng Martes · ngayong Martes · sa darating na Martes
    relative ngayong araw · bukas · kahapon (today, tomorrow, yesterday)
    times    alas-9 ng umaga · alas 4:15 ng hapon · alas-diyes ng umaga · 2:00 ng hapon · ika-10 ng umaga ·
             3:00 n.h. · alas-9 hanggang alas-11 ng umaga

Filipino names the months and weekdays with words from Spanish ("Marso", "Martes"), the hours too ("alas-diyes",
at ten), and tells the part of the day after the hour ("ng umaga", of the morning; "ng hapon", of the afternoon;
"ng gabi", of the evening). "nitong Martes" and "noong Martes" are a Tuesday gone by, no event. A text is read only if
it holds a word of the language ("ng", "mga", "ang"): Spanish writes "martes" and "mayo" too.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from parsers.fieldnames import alternatives
from parsers.langgrammar import compile_forms, gated_mentions, named_day, one_day, parts
from parsers.mentions import DAY_NUMBER, YEAR_NUMBER, Mention, ordered_span

MONTHS = {
    "enero": 1, "pebrero": 2, "marso": 3, "abril": 4, "mayo": 5, "hunyo": 6, "hulyo": 7, "agosto": 8,
    "setyembre": 9, "septiyembre": 9, "oktubre": 10, "nobyembre": 11, "disyembre": 12,
}  # fmt: skip
WEEKDAYS = {
    "lunes": 0, "martes": 1, "miyerkules": 2, "miyerkoles": 2, "huwebes": 3, "biyernes": 4, "sabado": 5,
    "linggo": 6,
}  # fmt: skip
PUBLISHED = {"ngayong araw": 0, "bukas": 1, "kahapon": -1}
# The hours in Spanish words after "alas" ("alas-diyes", at ten), and the half hour ("y medya")
_HOUR_WORDS = {
    "una": 1, "dos": 2, "tres": 3, "kuwatro": 4, "kwatro": 4, "singko": 5, "sais": 6, "siyete": 7, "otso": 8,
    "nuwebe": 9, "diyes": 10, "onse": 11, "dose": 12,
}  # fmt: skip
# The part of the day after an hour ("ng hapon"), and its initials after a clock ("3:00 n.h.")
# ("hatinggabi", midnight: "alas-12 ng hatinggabi" is 00:00, not noon)
_PARTS = {"umaga": "am", "madaling-araw": "am", "madaling araw": "am", "tanghali": "noon", "hapon": "pm",
          "gabi": "night", "hatinggabi": "night", "hating-gabi": "night"}  # fmt: skip
_INITIALS = {"n.u.": "am", "n.t.": "noon", "n.h.": "pm", "n.g.": "night"}

_MONTH = rf"(?i:{alternatives(MONTHS)})\b"
_WEEKDAY = rf"(?i:{alternatives(WEEKDAYS)})\b"
_DAY = DAY_NUMBER
_ORDINAL = r"(?:(?i:ika)-?\s?)?"  # "ika-5": the fifth
_HOUR = rf"(?:(?P<{{0}}n>2[0-3]|1\d|0?[1-9])(?::(?P<{{0}}m>[0-5]\d))?|(?P<{{0}}w>(?i:{alternatives(_HOUR_WORDS)}))\b)"
_PART = rf"(?:\s+(?i:ng)\s+(?P<{{0}}p>(?i:{alternatives(_PARTS)}))\b|\s*(?P<{{0}}i>(?i:{alternatives(_INITIALS)})))"
_TO = r"\s*(?:-|–|(?i:hanggang)(?:\s+(?i:sa))?\s)\s*"
# The words after "bukas" that make it "open", not "tomorrow": open now, to the public, for, until, from, only
_OPEN_AFTER = r"\s+(?i:na|sa\s+(?:publiko|lahat|madla|mga)|para|hanggang|mula|simula|lamang|lang|pa)\b"
_FORMS = {
    # "ika-5 hanggang ika-7 ng Marso 2024", "mula ika-5 hanggang 7 ng Marso": a span (found before its days)
    "s": (rf"(?:(?i:mula)\s+(?:(?i:sa)\s+)?)?{_ORDINAL}(?P<s1d>{_DAY}){_TO}{_ORDINAL}(?P<s2d>{_DAY})\s+(?i:ng)\s+"
          rf"(?P<s2m>{_MONTH})(?:,?\s+(?P<s2y>{YEAR_NUMBER})\b)?"),
    # "Marso 5-7, 2024": the month first, as English writes it
    "r": rf"(?P<rm>{_MONTH})\s+(?P<r1d>{_DAY}){_TO}(?P<r2d>{_DAY})\b(?:,?\s+(?P<ry>{YEAR_NUMBER})\b)?",
    # "araw ng Martes, ika-5 ng Marso 2024", "ika-5 ng Marso, 2024"
    # ("nitong Lunes, ika-4 ng Marso": a day gone by)
    "d": (rf"(?:(?:(?P<db>(?i:nitong|noong)\s+)|(?i:araw)\s+(?i:ng)\s+|(?i:sa)\s+)?(?P<dw>{_WEEKDAY}),?\s+)?"
          rf"{_ORDINAL}(?P<dd>{_DAY})\s+(?i:ng)\s+"
          rf"(?P<dm>{_MONTH})(?:,?\s+(?P<dy>{YEAR_NUMBER})\b)?"),
    # "Martes, Marso 5, 2024", "Marso 5, 2024"
    "m": (rf"(?:(?P<mw>{_WEEKDAY}),?\s+)?(?P<mm>{_MONTH})\s+(?P<md>{_DAY})\b(?![:.]\d)"
          rf"(?:,?\s+(?P<my>{YEAR_NUMBER})\b)?"),
    # "nitong Lunes", "noong Lunes": a weekday gone by; "sa Martes", "araw ng Martes", "ngayong Martes", "sa darating
    # na Martes": a weekday to come
    "w": (rf"(?P<wb>(?i:nitong|noong)\s+)?(?:(?i:araw\s+ng|sa\s+darating\s+na|sa|ngayong|itong)\s+)?"
          rf"(?P<ww>{_WEEKDAY})"),
    # "alas-9 ng umaga", "alas 4:15 ng hapon", "alas-otso y medya ng gabi", "2:00 ng hapon", "ika-10 ng umaga",
    # "3:00 n.h.", "alas-9 hanggang alas-11 ng umaga"
    # ("ala-una": one o'clock, "alas" in the singular)
    "t": (rf"(?:(?P<ta>(?i:alas|ala(?=-?\s?(?i:una)\b))[-\s]?)|(?i:ika)-?\s?)?{_HOUR.format('h')}"
          rf"(?P<half>\s+(?i:y\s+medya))?"
          rf"{_PART.format('h')}?(?:{_TO}(?:(?i:alas)[-\s]?)?{_HOUR.format('u')}{_PART.format('u')}?)?"),
    # "ngayong araw", "bukas", "kahapon" ("bukas" is also "open": "bukas na sa publiko", "ay bukas hanggang Biyernes")
    "p": rf"(?P<pub>(?i:{alternatives(PUBLISHED)}))\b(?!{_OPEN_AFTER})",
}
GRAMMAR = compile_forms(_FORMS)
# Only a text with one of these words is read (written as gate.folded_case folds them)
_HINT_WORDS = ("enero", "pebrero", "marso", "abril", "hunyo", "hulyo", "agosto", "setyembre", "oktubre", "nobyembre",
               "disyembre", "alas", " ng ", "bukas", "ngayong", "lunes", "martes", "huwebes", "biyernes", "linggo")
# A word of the language: Spanish shares the weekdays and "mayo"
_MARKER = re.compile(r"\b(?:ng|mga|ang|nang)\b")
_MARKER_AFTER_A_SPACE = (" ng", " mga", " ang", " nang")  # (how the marker's words stand in a text of the language)


def tagalog_mentions(text: str) -> list[Mention]:
    """The Filipino date and time mentions of `text`, in order."""
    if not any(word in text for word in _MARKER_AFTER_A_SPACE):
        return []  # (most texts, Spanish ones with "martes" too, spared the gate's 20 words and the marker's search)
    return gated_mentions(text, _HINT_WORDS, _MARKER, GRAMMAR, _mention)


def _mention(match: re.Match[str]) -> Mention | None:
    form, groups, span = parts(match)
    if form == "s":
        return ordered_span(span, _day(groups["s1d"], groups["s2m"], groups["s2y"], None),
                            _day(groups["s2d"], groups["s2m"], groups["s2y"], None))
    if form == "r":
        return ordered_span(span, _day(groups["r1d"], groups["rm"], groups["ry"], None),
                            _day(groups["r2d"], groups["rm"], groups["ry"], None))
    if form == "d":
        return None if groups["db"] else one_day(_day, groups, span)
    if form == "m":
        day = _day(groups["md"], groups["mm"], groups["my"], groups["mw"])
        return Mention("day", *span, first=day) if day else None
    if form == "w":
        if groups["wb"]:
            return None  # "nitong Lunes": last Monday
        if span[2][:1].isupper() and " " not in span[2]:
            return None  # "Linggo" alone, capitalised: also the word for a week, or a name
        if groups["ww"] == "linggo":
            return None  # "ngayong linggo", "sa isang linggo": this week, in a week (Sunday is written "Linggo")
        return Mention("weekday", *span, weekday=WEEKDAYS[groups["ww"].lower()])
    if form == "p":
        return Mention("published", *span, offset=PUBLISHED[" ".join(groups["pub"].lower().split())])
    return _time(groups, span)


def _time(groups: dict[str, str | None], span: tuple[int, int, str]) -> Mention | None:
    """The clock a time form gives; None where neither "alas" nor a part of the day makes a number a clock."""
    part = _part(groups["hp"], groups["hi"])
    if not (groups["ta"] or part):
        return None  # "5" or "10:30" alone: the English grammar reads what it can
    said = (groups["hn"], groups["hm"], groups["hw"])
    ends = _clock(groups["un"], groups["um"], groups["uw"], _part(groups["up"], groups["ui"]) or part, False) \
        if groups["un"] or groups["uw"] else None
    begins = _clock(*said, part, bool(groups["half"]))
    if not part and ends is not None:
        # "alas-9 hanggang alas-11 ng umaga": the end's part of the day is the start's too, unless it puts the start
        # after the end ("alas-otso y medya hanggang alas-12 ng tanghali")
        in_part = _clock(*said, _part(groups["up"], groups["ui"]), bool(groups["half"]))
        begins = in_part if in_part is not None and in_part < ends else begins
    if begins is None:
        return None
    return Mention("time", *span, time=begins, until=ends if ends is not None and ends > begins else None)


def _part(words: str | None, initials: str | None) -> str:
    if words:
        return _PARTS[" ".join(words.lower().split())]
    return _INITIALS[initials.lower()] if initials else ""


def _clock(number: str | None, minutes: str | None, word: str | None, part: str, half: bool) -> dt.time | None:
    """The hour said, by figure or word, on the 24-hour clock; None for an hour from 1 to 6 said with no part of the
    day and no minutes (morning or afternoon, the text does not say)."""
    hour = int(number) if number else _HOUR_WORDS[(word or "").lower()]
    minute = int(minutes) if minutes else 30 if half else 0
    if not part and not minutes and hour < 7:
        return None
    if part == "pm" and hour < 12 or part == "noon" and hour < 11 or part == "night" and 6 <= hour < 12:
        hour += 12
    elif part in ("am", "night") and hour == 12:
        hour = 0
    return dt.time(hour, minute)


_day = functools.partial(named_day, MONTHS, WEEKDAYS)  # a day of this language's words

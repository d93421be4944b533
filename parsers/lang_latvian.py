"""Latvian dates and times, read into the same mentions as the English grammar. Pure.

    days     18.jūlijā · 18. jūlijā · 2012. gada 18. jūlijā · trešdien, 18.jūlijā · 18.jūlijā, trešdien
    spans    no 18. līdz 19.jūlijam · 18.-19.jūlijā · no 30. jūnija līdz 2. jūlijam
    times    plkst. 16:50 · plkst. 16.00 · pulksten 9 · plkst. 10.00-12.00

Latvian writes the day as an ordinal number with a full stop, the month after it in the case the sentence needs:
"18.jūlijā" (on the 18th of July, locative), "18.jūlija" (of, genitive), "līdz 19.jūlijam" (until, dative), the
year before both as "2012. gada" (of the year 2012). A clock follows "plkst." (pulksten, o'clock). "līdz 18.jūlija"
alone is a bound (until, a deadline), no day of its own; after "no" (from) it closes a span.
dates.find_mentions lays these mentions over those the other grammars found in the same text, the longer reading of
the same words winning.
"""

from __future__ import annotations

import functools
import re

from parsers.fieldnames import alternatives
from parsers.langgrammar import clock_range, compile_forms, named_day, one_day, parts, script_mentions, span_of_openings
from parsers.mentions import DAY_NUMBER, HOUR_NUMBER, YEAR_NUMBER, Mention


def _cases(stem: str, nominative: str, locative: str, genitive: str, dative: str, number: int) -> dict[str, int]:
    """The month's four cases ("jūlijs", "jūlijā", "jūlija", "jūlijam"), each its number."""
    return {stem + ending: number for ending in (nominative, locative, genitive, dative)}


MONTHS = {
    **_cases("janvār", "is", "ī", "a", "im", 1), **_cases("februār", "is", "ī", "a", "im", 2),
    **_cases("mart", "s", "ā", "a", "am", 3), **_cases("aprī", "lis", "lī", "ļa", "lim", 4),
    **_cases("maij", "s", "ā", "a", "am", 5), **_cases("jūnij", "s", "ā", "a", "am", 6),
    **_cases("jūlij", "s", "ā", "a", "am", 7), **_cases("august", "s", "ā", "a", "am", 8),
    **_cases("septembr", "is", "ī", "a", "im", 9), **_cases("oktobr", "is", "ī", "a", "im", 10),
    **_cases("novembr", "is", "ī", "a", "im", 11), **_cases("decembr", "is", "ī", "a", "im", 12),
}  # fmt: skip
WEEKDAYS = {
    "pirmdien": 0, "pirmdiena": 0, "otrdien": 1, "otrdiena": 1, "trešdien": 2, "trešdiena": 2, "ceturtdien": 3,
    "ceturtdiena": 3, "piektdien": 4, "piektdiena": 4, "sestdien": 5, "sestdiena": 5, "svētdien": 6, "svētdiena": 6,
}  # fmt: skip

_MONTH = rf"(?i:{alternatives(MONTHS)})(?!\w)"
_WEEKDAY = rf"(?i:{alternatives(WEEKDAYS)})(?!\w)"
_YEAR = rf"(?:(?P<{{g}}>{YEAR_NUMBER})\.\s*(?i:gada)\s+)"  # "2012. gada": of the year 2012
_FORMS = {
    # "no 18. līdz 19.jūlijam", "18.-19.jūlijā", "no 30. jūnija līdz 2. jūlijam": a span of days
    "s": (rf"{_YEAR.format(g='s2y')}?(?:(?i:no)\s+(?P<s1d>{DAY_NUMBER})\.\s*(?:(?P<s1m>{_MONTH})\s+)?(?i:līdz)\s+"
          rf"|(?P<s3d>{DAY_NUMBER})\.\s*[-–]\s*)(?P<s2d>{DAY_NUMBER})\.\s*(?P<s2m>{_MONTH})"),
    # "18.jūlijā", "2012. gada 18. jūlijā, trešdien", "trešdien, 18.jūlijā": a day (after "līdz", a bound)
    "d": (rf"(?:(?P<until>(?i:līdz))\s+)?(?:(?P<dw>{_WEEKDAY}),?\s+)?{_YEAR.format(g='dy')}?"
          rf"(?P<dd>{DAY_NUMBER})\.\s*(?P<dm>{_MONTH})(?:,?\s+(?P<dw2>{_WEEKDAY}))?"),
    # "plkst. 16:50", "plkst. 16.00", "pulksten 9", "plkst. 10.00-12.00": a clock after the word for o'clock
    "t": (rf"(?i:plkst\.|pulksten)\s*(?P<th>{HOUR_NUMBER})(?:[.:](?P<tm>[0-5]\d))?(?![\d.:]\d)"
          rf"(?:\s*[-–]\s*(?P<uh>{HOUR_NUMBER})[.:](?P<um>[0-5]\d))?"),
}
GRAMMAR = compile_forms(_FORMS)
# Letters only Latvian writes among the languages read here: its long vowels and softened consonants.
_LATVIAN = re.compile(r"[āēīūķļņģĀĒĪŪĶĻŅĢ]")


def latvian_mentions(text: str) -> list[Mention]:
    """The Latvian date and time mentions of `text`, in order (only a text with a letter of the language is read)."""
    return script_mentions(text, _LATVIAN, GRAMMAR, _mention)


def _mention(match: re.Match[str]) -> Mention | None:
    form, groups, span = parts(match)
    if form == "s":
        return span_of_openings(_day, {**groups, "s3m": None, "s4d": None}, span)
    if form == "d":
        if groups["until"]:
            return None  # "līdz 18.jūlija": until then, a bound, no day of its own
        return one_day(_day, {**groups, "dw": groups["dw"] or groups["dw2"]}, span)
    return clock_range(int(groups["th"]), int(groups["tm"] or 0), groups, span)


_day = functools.partial(named_day, MONTHS, WEEKDAYS)  # a day of this language's words

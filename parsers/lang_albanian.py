"""Albanian dates and times, read into the same mentions as the English grammar. Pure.

    days     5 shtator 2022 · datë 5 shtator · më 12 tetor · ditën e hënë, datë 5 shtator · e enjte, 3 tetor
    times    ora 18:00 · në orën 10:00 · nga ora 10:00 deri në 12:00 · ora 9
    relative sot · nesër · dje

The month follows the day's number, bare ("shtator") or with its article ("shtatorit"); a weekday is said with its
particle ("e hënë", "të hënën"). A clock follows "ora" or "orën". dates.find_mentions lays these over the mentions
the other grammars found in the same text, the longer reading of the same words winning.
"""

from __future__ import annotations

import functools
import re

from parsers.fieldnames import alternatives
from parsers.langgrammar import compile_forms, day_clock, gated_mentions, named_day, one_day, parts, today_word
from parsers.mentions import DAY_NUMBER, HOUR_NUMBER, YEAR_NUMBER, Mention

MONTHS = {
    "janar": 1, "janarit": 1, "shkurt": 2, "shkurtit": 2, "mars": 3, "marsit": 3, "prill": 4, "prillit": 4,
    "maj": 5, "majit": 5, "qershor": 6, "qershorit": 6, "korrik": 7, "korrikut": 7, "gusht": 8, "gushtit": 8,
    "shtator": 9, "shtatorit": 9, "tetor": 10, "tetorit": 10, "nëntor": 11, "nëntorit": 11, "dhjetor": 12,
    "dhjetorit": 12,
}  # fmt: skip
# The weekday after its particle: "e hënë" (Monday), "të hënën" (on Monday).
WEEKDAYS = {
    "hënë": 0, "hënën": 0, "martë": 1, "martën": 1, "mërkurë": 2, "mërkurën": 2, "enjte": 3, "enjten": 3,
    "premte": 4, "premten": 4, "shtunë": 5, "shtunën": 5, "diel": 6, "dielën": 6,
}  # fmt: skip
PUBLISHED = {"sot": 0, "nesër": 1, "dje": -1}

_MONTH = rf"(?i:{alternatives(MONTHS)})"
_WEEKDAY = rf"(?i:{alternatives(WEEKDAYS)})"
_DAY = DAY_NUMBER
_FORMS = {
    # "ditën e hënë, datë 5 shtator", "më 12 tetor 2022", "e enjte, 3 tetor": a day
    "d": (rf"(?:(?:(?i:ditën)\s+)?(?i:e|të)\s+(?P<dw>{_WEEKDAY}),?\s+)?(?:(?i:datë|date|më|me)\s+)?"
          rf"(?P<dd>{_DAY})\s+(?P<dm>{_MONTH})(?!\w)(?:\s+(?P<dy>{YEAR_NUMBER})\b)?"),
    # "ora 18:00", "në orën 10:00", "nga ora 10:00 deri në 12:00": a clock after the word that says it is one
    "t": (rf"(?:(?i:në|nga)\s+)?(?i:ora|orën|orës)\s+(?P<th>{HOUR_NUMBER})(?:[.:](?P<tm>[0-5]\d))?"
          rf"(?:\s*(?:[-–]|(?i:deri\s+(?:në|ne|më|me)))\s*(?P<uh>{HOUR_NUMBER})(?:[.:](?P<um>[0-5]\d))?)?"
          r"(?![\d.,:]?\d)"),
    "p": rf"(?<!\w)(?P<pub>(?i:{alternatives(PUBLISHED)}))(?!\w)",
}
GRAMMAR = compile_forms(_FORMS)
# Only a text with one of these words is read (ASCII parts: "ntor" of "nëntor").
_HINT_WORDS = ("janar", "shkurt", "prill", "qershor", "korrik", "gusht", "shtator", "tetor", "ntor", "dhjetor",
               "ora", "sot", "nes")
# Words that say the text is Albanian: "mars", "maj" and "ora" are words of other languages too.
_ALBANIAN = re.compile(r"(?<!\w)(?i:dhe|në|të|që|është|do|nga|deri|seanc\w*|Kuvend\w*|mbledh\w*)(?!\w)")


def albanian_mentions(text: str) -> list[Mention]:
    """The Albanian date and time mentions of `text`, in order."""
    if "ë" not in text and "Ë" not in text:
        return []  # Albanian writes ë in nearly every sentence
    return gated_mentions(text, _HINT_WORDS, _ALBANIAN, GRAMMAR, _mention)


def _mention(match: re.Match[str]) -> Mention | None:
    form, groups, span = parts(match)
    if form == "d":
        return one_day(_day, groups, span)
    if form == "p":
        return today_word(match, groups["pub"].lower(), PUBLISHED, span, ".!?:\n")
    return day_clock(groups, span)


_day = functools.partial(named_day, MONTHS, WEEKDAYS)  # a day of this language's words

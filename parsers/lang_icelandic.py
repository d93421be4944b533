"""Icelandic dates and times, read into the same mentions as the English grammar. Pure.

    days     23. nóvember · Mánudagur 23. nóvember · mánudaginn 2. nóvember 2009 · þriðjudaginn 28. október
    times    kl. 15 · kl. 13.30 · kl. 9-12 · kl. 9:30–12:00 · klukkan 14 · klukkan tíu · klukkan fjögur síðdegis
    relative í dag · á morgun · í kvöld · í gær

The month follows the day's number and its dot; a weekday heads the date in the nominative ("Mánudagur") or, as
"on Monday", in the accusative with its article ("mánudaginn"). The hour follows "kl." (klukkan), on the 24-hour
clock, alone or as a range, or as a word ("klukkan tíu": ten; "klukkan fjögur síðdegis": four in the afternoon, an
hour of one to six read only with the half of the day after it). "á morgun" is tomorrow, "í dag" and "í kvöld" the
day the text was published, "í gær" the day before (not "í morgun": this morning). dates.find_mentions lays these
over the mentions the other grammars found in the same text, the longer reading of the same words winning ("kl. 9-12"
is one range, where the English grammar sees "9-12").
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from parsers.fieldnames import alternatives
from parsers.langgrammar import clock_range, compile_forms, gated_mentions, named_day, one_day, parts
from parsers.mentions import DAY_NUMBER, HOUR_NUMBER, YEAR_NUMBER, Mention

MONTHS = {
    "janúar": 1, "febrúar": 2, "mars": 3, "apríl": 4, "maí": 5, "júní": 6, "júlí": 7, "ágúst": 8,
    "september": 9, "október": 10, "nóvember": 11, "desember": 12,
}  # fmt: skip
WEEKDAYS = {
    "mánudagur": 0, "mánudaginn": 0, "þriðjudagur": 1, "þriðjudaginn": 1, "miðvikudagur": 2, "miðvikudaginn": 2,
    "fimmtudagur": 3, "fimmtudaginn": 3, "föstudagur": 4, "föstudaginn": 4, "laugardagur": 5, "laugardaginn": 5,
    "sunnudagur": 6, "sunnudaginn": 6,
}  # fmt: skip

_MONTH = rf"(?i:{alternatives(MONTHS)})"
_WEEKDAY = rf"(?i:{alternatives(WEEKDAYS)})"
_DAY = DAY_NUMBER
_FORMS = {
    # "Mánudagur 23. nóvember", "þriðjudaginn 28. október 2008": a day (the month after its day's number and dot)
    "d": (rf"(?:(?P<dw>{_WEEKDAY}),?\s+)?"
          rf"(?P<dd>{_DAY})\.\s*(?P<dm>{_MONTH})(?!\w)(?:\s+(?P<dy>{YEAR_NUMBER})\b)?"),
    # "kl. 15", "kl. 13.30", "kl. 9-12", "klukkan 14": a clock after the word that says it is one
    "t": (rf"(?i:kl\.?|klukkan)\s*(?P<th>{HOUR_NUMBER})(?:[.:](?P<tm>[0-5]\d))?"
          rf"(?:\s*[-–]\s*(?P<uh>{HOUR_NUMBER})(?:[.:](?P<um>[0-5]\d))?)?(?![\d.,:]?\d)"),
}
HOUR_WORDS = {
    "eitt": 1, "tvö": 2, "þrjú": 3, "fjögur": 4, "fimm": 5, "sex": 6, "sjö": 7, "átta": 8, "níu": 9, "tíu": 10,
    "ellefu": 11, "tólf": 12,
}  # fmt: skip
# "síðdegis", "eftir hádegi", "í kvöld", "að kvöldi": after noon; "fyrir hádegi", "að morgni": before it
_AFTERNOON = {"síðdegis": True, "eftir hádegi": True, "í kvöld": True, "að kvöldi": True, "fyrir hádegi": False,
              "að morgni": False}
_HALVES = "|".join(half.replace(" ", r"\s+") for half in _AFTERNOON)
PUBLISHED = {"á morgun": 1, "í dag": 0, "í kvöld": 0, "í gær": -1}
_FORMS |= {
    # "klukkan tíu", "klukkan fjögur síðdegis": the hour as a word after the word for the clock
    "w": (rf"(?i:klukkan)\s+(?P<wh>(?i:{alternatives(HOUR_WORDS)}))(?!\w)"
          rf"(?:\s+(?P<wp>(?i:{_HALVES}))(?!\w))?"),
    # "á morgun", "í dag", "í kvöld", "í gær": a day counted from the publication date
    # (in small letters or opening a sentence: "Í dag", not the capitals of a heading's initials)
    "p": r"(?<!\w)(?P<pub>[áÁ]\s+morgun|[íÍ]\s+(?:dag|kvöld|gær))(?!\w)",
}
GRAMMAR = compile_forms(_FORMS)
# Only a text with one of these words is read (ASCII parts: "v?mber" of "nóvember", "ag?st" is left to "kl").
_HINT_WORDS = ("vember", "desember", "janu", "febr", "mars", "apr", "ktober", "september", "kl", "morgun", "dag",
               "kv?ld", "g?r")
# Words that say the text is Icelandic: the months "mars" and "september" are words of other languages too.
_ICELANDIC = re.compile(r"(?<!\w)(?i:og|er|eru|verður|verða|á|í|að|fundur|fundir|fundað|nefnd\w*|Alþing\w*)(?!\w)")


def icelandic_mentions(text: str) -> list[Mention]:
    """The Icelandic date and time mentions of `text`, in order."""
    if not _ICELANDIC_LETTERS.search(text):
        return []  # Icelandic writes ð, þ, æ or an accented vowel in nearly every sentence
    return gated_mentions(text, _HINT_WORDS, _ICELANDIC, GRAMMAR, _mention)


_ICELANDIC_LETTERS = re.compile(r"[ðþæáéíóúýöÐÞÆÁÉÍÓÚÝÖ]")


def _mention(match: re.Match[str]) -> Mention | None:
    form, groups, span = parts(match)
    if form == "d":
        return one_day(_day, groups, span)
    if form == "p":
        return Mention("published", *span, offset=PUBLISHED[" ".join(groups["pub"].lower().split())])
    if form == "w":
        hour = HOUR_WORDS[groups["wh"].lower()]
        half = _AFTERNOON.get(" ".join((groups["wp"] or "").lower().split()))
        if half is None and hour < 7:
            return None  # "klukkan fjögur" alone: four in the morning or the afternoon, the text does not say
        return Mention("time", *span, time=dt.time(hour + 12 if half and hour < 12 else hour, 0))
    hour, minute = int(groups["th"]), int(groups["tm"] or 0)
    return clock_range(hour, minute, groups, span)


_day = functools.partial(named_day, MONTHS, WEEKDAYS)  # a day of this language's words

"""Italian dates and times, read into the same mentions as the English grammar. Pure.

    days     19 settembre · il 23 ottobre 2024 · giovedì 12 giugno 2025 · 1° maggio
    spans    dal 12 al 14 novembre · dal 30 settembre al 2 ottobre 2024 · del 22-23 maggio
    weekdays il giovedì · questo sabato · prossimo lunedì
    relative oggi · domani · ieri · il giorno prima · il giorno dopo · l'indomani
    times    alle 17,45 · alle ore 21 · alle 21.00 · ore 18:30 · dalle 10 alle 19 · dalle ore 9 alle ore 13

dates.find_mentions lays them over the mentions the other grammars found in the same text, the longer
reading of the same words winning ("alle 17,45" is one time, where the English grammar sees no clock).
"""

from __future__ import annotations

import functools
import re

from parsers.fieldnames import alternatives
from parsers.langgrammar import compile_forms, day_clock, gated_mentions, named_day, one_day, parts, today_word
from parsers.mentions import (
    DAY_NUMBER,
    HEADING_END,
    HEADING_START,
    HOUR_NUMBER,
    YEAR_NUMBER,
    DayPart,
    Mention,
    before_its_clock,
    ordered_span,
)

MONTHS = {
    "gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "agosto": 8,
    "settembre": 9, "ottobre": 10, "novembre": 11, "dicembre": 12,
}  # fmt: skip
WEEKDAYS = {
    "lunedì": 0, "lunedi": 0, "martedì": 1, "martedi": 1, "mercoledì": 2, "mercoledi": 2, "giovedì": 3,
    "giovedi": 3, "venerdì": 4, "venerdi": 4, "sabato": 5, "domenica": 6,
    # the accent as a wire without accented letters types it: "giovedi' 9 giugno" (ANSA, Nova)
    "lunedi'": 0, "martedi'": 1, "mercoledi'": 2, "giovedi'": 3, "venerdi'": 4,
}  # fmt: skip
PUBLISHED = {"oggi": 0, "domani": 1, "ieri": -1}

_MONTH = rf"(?i:{alternatives(MONTHS)})"
_WEEKDAY = rf"(?i:{alternatives(WEEKDAYS)})"
_DAY = DAY_NUMBER
_YEAR = YEAR_NUMBER
_CLOCK_WORDS = r"(?i:(?:alle|dalle)(?:[ \t]+ore)?|ore)"  # the words before a clock's figures ("alle ore 10")
_FORMS = {
    # "dal 12 al 14 novembre", "dal 30 settembre al 2 ottobre 2024": a span (found before its days); "da martedì 19
    # a venerdì 22 aprile": its days named with their weekdays, joined by "a"
    "s": (rf"(?i:dal|dall'|da)\s*(?:(?P<s1w>{_WEEKDAY}),?\s+)?(?P<s1d>{_DAY})(?:\s+(?P<s1m>{_MONTH}))?"
          rf"\s+(?:(?i:al|all')\s*|(?i:a)\s+(?={_WEEKDAY}))(?:(?P<s2w>{_WEEKDAY}),?\s+)?(?P<s2d>{_DAY})"
          rf"\s+(?P<s2m>{_MONTH})\b(?:\s+(?P<s2y>{_YEAR})\b)?"),
    # "il Forum del 22-23 maggio", "22–23 maggio 2012": a span of two days of one month joined by a dash
    "h": (rf"(?<![\d/.-])(?P<h1d>{_DAY})\s*[-–]\s*(?P<h2d>{_DAY})\s+(?P<h2m>{_MONTH})\b"
          rf"(?:\s+(?P<h2y>{_YEAR})\b)?"),
    # "il 14 e 15 settembre", "i giorni 14 e il 21 ottobre": two days of one month (a span until
    # datecontext.listed_days parts the days that do not follow each other)
    "l": (rf"(?:(?i:il|i\s+giorni|nei\s+giorni)\s+)?(?:(?P<l1w>{_WEEKDAY}),?\s+)?(?P<l1d>{_DAY})\s+(?i:e)\s+"
          rf"(?:(?i:il)\s+)?(?:(?P<l2w>{_WEEKDAY}),?\s+)?(?P<l2d>{_DAY})\s+(?P<l2m>{_MONTH})\b(?:\s+(?P<l2y>{_YEAR})\b)?"),
    # "giovedì 12 giugno 2025", "19 settembre", "1° maggio": a day (a month name always after its day's number)
    # ("il" and "dal" before it are part of the date: "Dal 23 ottobre 2024", the first of a monthly series)
    "d": (rf"(?:(?i:il|dal)\s+)?(?:(?P<dw>{_WEEKDAY}),?\s+)?(?P<dd>{_DAY})(?:°|º)?\s+(?P<dm>{_MONTH})\b"
          rf"(?:\s+(?P<dy>{_YEAR})\b)?"),
    # "Giovedì 15, dalle 9.30", "venerdì 16 alle 10": a weekday and its day of the month, the month in context (only
    # before a comma, a colon or the clock's word: "giovedì 15 maggio" is a day, above)
    # ("... nei distretti sabato 28.": or the stop that ends its sentence)
    "n": rf"(?P<nw>{_WEEKDAY})[ \t]+(?P<nd>{_DAY})" + before_its_clock(_WEEKDAY, _CLOCK_WORDS, sentence_end=True),
    # "Lunedì 23", "Mercoledì 25": a line of a week agenda that holds only a weekday and its day of the month, the
    # heading of that day's rows, the month in context
    "e": rf"{HEADING_START}(?P<ew>{_WEEKDAY}),?[ \t]+(?P<ed>{_DAY})" + HEADING_END,  # (or "Martedì, 10")
    # "il giovedì", "questo sabato": a weekday after a word that makes it a day of the week in context; or bare
    # before its clock or part of the day ("si terrà giovedì alle 17", "sabato sera")
    # (not the last day of a week's run: "da lunedì a venerdì dalle 18")
    # ("sarà presentato mercoledì, alle 10.30": the weekday set off by a comma before its clock)
    "w": (rf"(?:(?i:il|questo|questa|prossimo|prossima)\s+|(?<!\ba\s)(?<!\bal\s)(?={_WEEKDAY}\s+(?i:alle|dalle|ore"
          rf"|mattina|pomeriggio|sera|prossimo|prossima)\b"
          rf"|(?<!\be\s)(?<!\bo\s)(?<!,\s){_WEEKDAY},[ \t]+(?i:alle|dalle|ore)\s+\d))"
          rf"(?P<ww>{_WEEKDAY})(?![\w'])"),  # (not a list's last: "lunedì, mercoledì e venerdì, alle 9")
    # "alle 17,45", "alle ore 21", "ore 18:30", "dalle 10 alle 19": a clock after the word that says it is one
    "t": (rf"(?P<lead>(?i:dalle|alle|all'|ore))\s*(?:(?i:ore)\s+)?(?P<th>{HOUR_NUMBER})(?:[.:,](?P<tm>[0-5]\d))?"
          rf"(?:\s+(?i:alle|e\s+le|a)\s+(?:(?i:ore)\s+)?(?P<uh>{HOUR_NUMBER})(?:[.:,](?P<um>[0-5]\d))?)?"
          r"(?![\d.,:]?\d)(?!\s*%)"),
    # "oggi", "domani", "ieri": a day counted from the publication date
    "p": rf"(?P<pub>(?i:{alternatives(PUBLISHED)}))\b",
    # "a Ferragosto", "il giorno di Ferragosto": 15 August, the year in context (not "il Ferragosto del ministro",
    # a holiday spent)
    # (a whole word "a", not "fino a", until the holiday, nor the end of "prima")
    "f": r"(?<!\w)(?<!fino )(?<!Fino )(?i:a|per|il\s+giorno\s+di|nel\s+giorno\s+di)\s+(?P<fg>Ferragosto)(?!\w)",
    # "Il giorno prima", "il giorno dopo", "l'indomani": a day counted from the day in context
    "x": (r"(?P<xr>(?i:il\s+giorno\s+(?:prima|precedente|dopo|seguente|successivo)|l['’]indomani"
          r"|lo\s+stesso\s+giorno))(?!\w)"),
}
_FERRAGOSTO = DayPart(15, 8, None, None)  # "a Ferragosto": the holiday of 15 August
_COUNTED_BACK = ("prima", "precedente")  # "il giorno prima": the day before; the others, after (or the same)
GRAMMAR = compile_forms(_FORMS)
# Only a text with one of these words is read: most texts are not Italian and pay a few substring searches.
_HINT_WORDS = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
               "ottobre", "novembre", "dicembre", " alle ", "dalle ", " ore ", "oggi", "domani", "giorno", "indomani",
               "ferragosto")
# Words that say the text is Italian: a month's name shared with French or Spanish ("novembre", "marzo") does not,
# nor "alle" in a German text ("alle 14 Tage"); a month's name no other language has does, capitalised as a
# heading writes it ("AGENDA 28 GIUGNO 2021 - BARI", "Agenda 28 Giugno 2021 - Bari": a programme's day heading with
# no other word of the language; not a wire's "(AGENPARL) – gio 07 settembre 2023 Office of ..." over an English text)
_ONLY_ITALIAN_MONTHS = ("gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre",
                        "dicembre")
_ITALIAN = re.compile(r"\b(?i:il|di|del|della|dei|nel|nella|al|alla|presso|si|sarà|una|degli|delle|gli)\b"
                      r"|\b(?:" + "|".join(f"{m.upper()}|{m.title()}" for m in _ONLY_ITALIAN_MONTHS) + r")\b")


def italian_mentions(text: str) -> list[Mention]:
    """The Italian date and time mentions of `text`, in order."""
    # (words of ASCII letters: the folded text shows them as the lowered one does; a row may open with its clock's
    # word, "Ore 16:30, sala Orologio ...", with no space before it)
    hints = _HINT_WORDS + ("ore ",) if text[:4].lower() == "ore " else _HINT_WORDS
    return gated_mentions(text, hints, _ITALIAN, GRAMMAR, _mention)


def _mention(match: re.Match[str]) -> Mention | None:
    form, groups, span = parts(match)
    if form == "s":
        last = _day(groups["s2d"], groups["s2m"], groups["s2y"], groups["s2w"])
        first = _day(groups["s1d"], groups["s1m"] or groups["s2m"], groups["s2y"], groups["s1w"])
        return ordered_span(span, first, last)
    if form == "h":
        last = _day(groups["h2d"], groups["h2m"], groups["h2y"], None)
        first = _day(groups["h1d"], groups["h2m"], groups["h2y"], None)
        return ordered_span(span, first, last)
    if form == "l":
        last = _day(groups["l2d"], groups["l2m"], groups["l2y"], groups["l2w"])
        first = _day(groups["l1d"], groups["l2m"], groups["l2y"], groups["l1w"])
        return ordered_span(span, first, last)
    if form == "d":
        return one_day(_day, groups, span)
    if form == "w":
        return Mention("weekday", *span, weekday=WEEKDAYS[groups["ww"].lower()])
    if form == "n":  # that weekday which is that day of the month, as the English grammar's "Sunday 8"
        return Mention("weekday", *span, weekday=WEEKDAYS[(groups["nw"] or "").lower()], offset=int(groups["nd"] or 0))
    if form == "e":  # the heading of a day: that weekday which is that day of the month
        return Mention("weekday", *span, weekday=WEEKDAYS[(groups["ew"] or "").lower()], offset=int(groups["ed"] or 0))
    if form == "f":
        return Mention("day", *span, first=_FERRAGOSTO)
    if form == "x":
        said = " ".join(groups["xr"].lower().split())
        offset = 0 if said.startswith("lo stesso") else -1 if said.endswith(_COUNTED_BACK) else 1
        return Mention("relative", *span, offset=offset)
    if form == "p":
        # (a capital after a comma is a name too)
        return today_word(match, groups["pub"].lower(), PUBLISHED, span, ".!?:\n")
    return day_clock(groups, span)



_day = functools.partial(named_day, MONTHS, WEEKDAYS)  # a day of this language's words

"""Greek dates and times, read into the same mentions as the English grammar. Pure.

    days     Παρασκευή 15 Σεπτεμβρίου 2023 · την Παρασκευή, 15 Σεπτεμβρίου · 15 ΣΕΠΤΕΜΒΡΙΟΥ 2023
    times    στις 11:00 · στις 11.30 π.μ. · 7 μ.μ. · 7μμ · ώρα 10:00 · από 10:00 έως 12:00
    relative σήμερα · αύριο · χθες · την Τετάρτη
    noon     το μεσημέρι

The month follows the day's number, in the genitive ("15 Σεπτεμβρίου"); headings in capitals drop the accents
("ΣΕΠΤΕΜΒΡΙΟΥ"), so both spellings are words of the month. A clock says it is one by "στις" or "ώρα" before it, by
"π.μ." or "μ.μ." after it, or by its minutes after "από".
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata

from parsers.fieldnames import alternatives
from parsers.langgrammar import clock_range, compile_forms, named_day, one_day, parts, script_mentions, today_word
from parsers.mentions import DAY_NUMBER, HOUR_NUMBER, YEAR_NUMBER, Mention


def _with_bare(words: dict[str, int]) -> dict[str, int]:
    """The words and the same words without their accents, as capitals write them."""
    bare = {"".join(c for c in unicodedata.normalize("NFD", w) if not unicodedata.combining(c)): n
            for w, n in words.items()}
    return {**words, **bare}


MONTHS = _with_bare({
    "ιανουαρίου": 1, "φεβρουαρίου": 2, "μαρτίου": 3, "απριλίου": 4, "μαΐου": 5, "ιουνίου": 6, "ιουλίου": 7,
    "αυγούστου": 8, "σεπτεμβρίου": 9, "οκτωβρίου": 10, "νοεμβρίου": 11, "δεκεμβρίου": 12,
})  # fmt: skip
WEEKDAYS = _with_bare({
    "δευτέρα": 0, "τρίτη": 1, "τετάρτη": 2, "πέμπτη": 3, "παρασκευή": 4, "σάββατο": 5, "κυριακή": 6,
})  # fmt: skip
PUBLISHED = {"σήμερα": 0, "αύριο": 1, "χθες": -1}

_MONTH = rf"(?i:{alternatives(MONTHS)})"
_WEEKDAY = rf"(?i:{alternatives(WEEKDAYS)})"
_DAY = DAY_NUMBER
_FORMS = {
    # "την Παρασκευή, 15 Σεπτεμβρίου 2023": a day (the month after its day's number)
    # ("στις 15 Σεπτεμβρίου": "on" before a date as before a clock)
    "d": (rf"(?:(?i:την|τη|το|στις|στη|στην)\s+)?(?:(?P<dw>{_WEEKDAY}),?\s+)?"
          rf"(?P<dd>{_DAY})\s+(?P<dm>{_MONTH})(?!\w)(?:,?\s+(?P<dy>{YEAR_NUMBER})\b)?"),
    # "την Τετάρτη", "την ερχόμενη Δευτέρα", "το Σάββατο": a weekday after its article, no date (the week of the stamp)
    "w": (rf"(?i:την|τη|το)\s+(?:(?i:ερχόμενη|ερχομενη|προσεχή|προσεχη|επόμενη|επομενη)\s+)?(?P<ww>{_WEEKDAY})"
          r"(?!\w)(?!,?\s+\d)"),
    # "το μεσημέρι", "κατά το μεσημέρι": at noon (not "μέχρι το μεσημέρι", "έως το μεσημέρι": until noon)
    "n": (r"(?<!μέχρι )(?<!μεχρι )(?<!έως )(?<!εως )(?<!ως )(?<!Μέχρι )(?<!Έως )"
          r"(?i:κατά\s+το|κατα\s+το|το)\s+(?i:μεσημέρι|μεσημερι)(?!\w)"),
    # "στις 11:00", "στις 7 μ.μ.", "ώρα 10:00", "από 10:00 έως 12:00": a clock
    # ("στις 7μμ": the half of the day may drop its stops, glued to the hour)
    "t": (rf"(?:(?P<at>(?i:στις|ώρα|ωρα|από|απο))\s+)?(?P<th>{HOUR_NUMBER})(?!\s*{_MONTH})(?:[.:](?P<tm>[0-5]\d))?"
          rf"(?:\s*(?P<half>(?i:π\.\s?μ\.|μ\.\s?μ\.|πμ(?!\w)|μμ(?!\w))))?"
          rf"(?:\s*(?:[-–]|(?i:έως|εως|ως))\s*(?P<uh>{HOUR_NUMBER})(?:[.:](?P<um>[0-5]\d))?)?(?![\d.,:]?\d)"),
    "p": rf"(?<!\w)(?P<pub>(?i:{alternatives(PUBLISHED)}))(?!\w)",
}
GRAMMAR = compile_forms(_FORMS)
_GREEK = re.compile(r"[\u0370-\u03ff]")


def greek_mentions(text: str) -> list[Mention]:
    """The Greek date and time mentions of `text`, in order (only a text written in Greek is read)."""
    return script_mentions(text, _GREEK, GRAMMAR, _mention)


def _mention(match: re.Match[str]) -> Mention | None:
    form, groups, span = parts(match)
    if form == "d":
        return one_day(_day, groups, span)
    if form == "p":
        return today_word(match, groups["pub"].lower(), PUBLISHED, span, ".!?:\n")
    if form == "n":
        return Mention("time", *span, time=dt.time(12, 0))
    if form == "w":
        if not _told_to_come(match.string, match.start()):
            return None  # "τη Δευτέρα επισκέφθηκε ...": a weekday gone by, the week's or the last
        return Mention("weekday", *span, weekday=WEEKDAYS[groups["ww"].lower()])
    at, half = (groups["at"] or "").lower(), groups["half"]
    if not half and not (at in ("στις", "ώρα", "ωρα") or at and groups["tm"]):
        return None  # "από 10 χώρες": a count; "στις 11", "7 μ.μ.", "από 10:00" are clocks
    hour, minute = int(groups["th"]), int(groups["tm"] or 0)
    if half and half.lower().startswith("μ") and hour < 12:
        hour += 12  # "μ.μ.": after noon
    elif half and hour == 12:
        hour = 0  # "12 π.μ.": midnight
    return clock_range(hour, minute, groups, span)


_day = functools.partial(named_day, MONTHS, WEEKDAYS)  # a day of this language's words

_FUTURE = re.compile(r"(?<!\w)(?i:θα)(?!\w)")  # "θα": the particle of the future tense
_SENTENCE_END = re.compile(r"[.!;\n]")  # (";" is Greek's question mark)


def _told_to_come(text: str, at: int) -> bool:
    """Does the sentence around `at` tell what is to come ("θα βρεθεί", "θα μιλήσει")?"""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, at)), default=0)
    end = _SENTENCE_END.search(text, at)
    return _FUTURE.search(text, start, end.start() if end else len(text)) is not None

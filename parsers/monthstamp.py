"""A stamp that gives only a month and its year, on a line of its own at the head of an item: "Dicembre 2024" over a
programme, "Mai 2025" over a minister's month of engagements, "Março de 2017", "March 2017". Pure.

A page of the month's agenda, or a notice dated by its month alone, is of that month: its dates without a year are
of that year, and a full date decades before it ("the first satellite, launched on 15 December 1964") is history,
not the date the item is of. A careful reader takes the month as the item's time; its day is not known, so it is
no publication date ("today" still needs one).
"""

from __future__ import annotations

import datetime as dt
import re

from parsers import tense, verbs, yearclues
from parsers.blocks import PARAGRAPH, Block
from parsers.dates import Mention
from parsers.datewords import STAMP_LABELS_ABROAD

# The whole line: a month's name (any language the date grammar knows), "de"/"of" perhaps, a year; nothing else.
# ("Publicado em novembro de 2017", "Publié en mars 2019": another language's publication label may open it; an
# English one, "Posted: May 2020", is read as the page's stamp before this is asked)
_MONTH_YEAR_LINE = re.compile(rf"\W*(?:(?i:{STAMP_LABELS_ABROAD})\s*(?:en|in|:)?\s*)?"
                              r"(?P<month>[^\W\d_]{3,})\.?\s+(?:(?:de|of)\s+)?(?P<year>(?:19|20)\d\d)\W*")
# "06-2014", "Published 11-2019", "Updated: 06/2014": the month by its number, a dash or slash, the year, alone on
# the line or after a publication label. (Two digits for the month, so "1/2019", a numbered release, is not one.)
_NUMERIC_MONTH_YEAR_LINE = re.compile(
    rf"\W*(?:(?i:{verbs.STAMPED}|{STAMP_LABELS_ABROAD})\s*(?:on|in|:)?\s*)?"
    r"(?P<month>0[1-9]|1[0-2])\s*[-–/]\s*(?P<year>(?:19|20)\d\d)\W*")
# The year's reason an item dated by such a stamp alone gives (itemcontext.py), which says its day is not known
# (the item's Reading says so in `month_stamped`).
STAMP_REASON = "the date gives none; the item's stamp names "
_HEAD_BLOCKS = 3  # a stamp stands among the first lines of the body
_BEFORE = dt.timedelta(days=366)  # a full date further before the stamp's month than this is history


def month_stamp(blocks: list[Block]) -> dt.date | None:
    """The month a line of the item's head gives alone with its year, as a day in context (its 15th), else None.
    Lines below the first paragraph of prose are headings of what they head, not the item's stamp."""
    for block in blocks[:_HEAD_BLOCKS]:
        text = block.text.strip()
        numeric = _NUMERIC_MONTH_YEAR_LINE.fullmatch(text)
        if numeric is not None:
            return dt.date(int(numeric.group("year")), int(numeric.group("month")), 15)
        line = _MONTH_YEAR_LINE.fullmatch(text)
        if line is not None:
            anchor = yearclues.month_anchor(text) or _short_or_capital_month(line)
            if anchor is not None:
                return anchor
        if block.kind == PARAGRAPH:
            return None
    return None


def _short_or_capital_month(line: re.Match[str]) -> dt.date | None:
    """"Mars 2019", "Mai 2025": names that running text keeps from being months ("Mars 2020" is a planet's mission,
    "Mai" a name) are months when the line holds nothing else but the year."""
    number = yearclues.month_numbers().get(line.group("month").lower())
    return dt.date(int(line.group("year")), number, 15) if number else None


def before_the_stamp(day: dt.date, stamp: dt.date | None) -> bool:
    """Is `day` more than a year before the item's stamped month: history, not the item's own date?"""
    return stamp is not None and day < stamp - _BEFORE


def told_by_the_month(sentence: str, mention: Mention, month: dt.date) -> bool:
    """Is a day of the item's named month (or before it that year), told in the past and nothing of the sentence to
    come, history? (The item was written in that month, after what it tells as done.)"""
    part = mention.first
    # (the verb right before the day is the past that tells it: "foi realizada", a passive tense.py does not read as
    # past in every sentence, "El jueves 20 de marzo fue elegido como fecha" being a day to come)
    if part is None or part.year not in (None, month.year) or tense.tells_what_is_to_come(sentence) \
            or not _WAS_DONE.search(sentence, max(0, mention.start - _WAS_DONE_REACH), mention.start):
        return False
    return (part.month, part.day) <= (month.month, 31)


# "foi realizada", "fue celebrada", "was held": the event itself told as done, right before its day, a few words of
# time between (not "convocó al Pleno, este viernes 10": a call made, for a day to come; nor a new day it was put to,
# "was moved to March 20", "fue aplazado para el 20"; nor a deed of another clause, "la convocatoria fue publicada y el
# foro se realiza el 20", "que foi adiado, acontece no dia 20")
_WAS_DONE = re.compile(r"\b(?:foi|foram|fue|fueron|was|were)\s+(?:\w+\s+)?\w+(?:ad[ao]s?|id[ao]s?|ed|held)"
                       r"(?:\s+(?!(?:to|for|until|till|para|até|a|al|ao|à|hasta)\b)\w+){0,3}\s*$", re.IGNORECASE)
_WAS_DONE_REACH = 60  # characters before the day where its verb stands

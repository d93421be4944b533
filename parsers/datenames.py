"""A date that is part of a street's or a square's name is no day. Pure.

Southern Europe and Latin America name streets and squares after days: "Piazza 1° Maggio", "Corso 22 Marzo",
"Avenida 9 de Julio", "Plaza 25 de Mayo", "Rua 25 de Março", "Place du 4 Septembre", "Rue du 8 Mai 1945". Such a
date, right after the word for a street or a square (and the article some languages put between), names a place;
read as a day, it puts an item's rows on a holiday ("divieto di sosta in Piazza 1° Maggio" on 1 May).

So is a date that names a holiday the text counts toward: "Ahead of the Fourth of July holiday, the Coast Guard invites
reporters ...", "before the May 1 holiday weekend": what the sentence tells comes before the holiday, on no day it
names, and the holiday itself is no event of the item.
"""

from __future__ import annotations

import re

from parsers.mentions import Mention
from parsers.streetnames import STREET_WORDS

# The words in any case: these do not open a date elsewhere ("via" in English is "by", but not before a day's
# number; before a town it is, so streetnames.py leaves it out). French and English "Place" and "Avenue" only
# written as a name, capital first: "takes place 5 May" is a day.
_ANY_CASE = rf"(?i:{STREET_WORDS}|via|plaza|boulevard|cours|esplanade)"
_AS_A_NAME = r"(?:Place|PLACE|Avenue|AVENUE|Av\.|Avda\.|Pza\.|P\.za|P\.zza)"
_ARTICLE = r"(?i:del|de|do|da|du|dei|della|des)"
# The street's word, then perhaps its article, then the date: the mention starts where this ends.
_PLACE_BEFORE = re.compile(rf"(?<![\w.])(?:{_ANY_CASE}|{_AS_A_NAME})\s+(?:{_ARTICLE}\s+)?$")
_REACH = 24  # more than a street's word and an article are long
# Arabic names towns, universities, squares and bridges after days, and parties and revolutions too: "مدينة 6 أكتوبر",
# "جامعة 6 أكتوبر", "ميدان 25 يناير", "قوى 14 آذار", "ثورة 30 يونيو". The word may carry a glued "in" or "and"
# ("بمدينة 6 أكتوبر").
_ARABIC_NAME_BEFORE = re.compile(
    r"(?<![\u0621-\u064a])[وفب]?(?:مدينة|جامعة|ميدان|شارع|جسر|كوبري|محور|ساحة|حي|نادي|ملعب|مستشفى|مدرسة|ثورة|انتفاضة"
    r"|حركة|قوى|فريق|تحالف|تيار)\s+$")


def names_a_place(text: str, start: int) -> bool:
    """Does a street's or a square's word stand just before `start` (where a date begins)?"""
    return (_PLACE_BEFORE.search(text, max(0, start - _REACH), start) is not None
            or _ARABIC_NAME_BEFORE.search(text, max(0, start - _REACH), start) is not None)


def without_place_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` without the days that name a street or a square, or a holiday something comes ahead of."""
    return [m for m in mentions if not (m.kind == "day" and (names_a_place(text, m.start) or _holiday_ahead(text, m)))]


# "Ahead of the Fourth of July holiday", "in the run-up to the May Day holidays", "before the 4th of July weekend": the
# day names the holiday (its word right after the date) that the sentence's news comes before.
_TOWARD = re.compile(r"(?<!\w)(?:ahead\s+of|in\s+the\s+run-up\s+to|in\s+advance\s+of|before|prior\s+to)\s+(?:the\s+)?$",
                     re.IGNORECASE)
_HOLIDAY = re.compile(r"\s+(?:holidays?|(?:holiday\s+|long\s+)?weekend)\b", re.IGNORECASE)


def _holiday_ahead(text: str, mention: Mention) -> bool:
    return _HOLIDAY.match(text, mention.end) is not None \
        and _TOWARD.search(text, max(0, mention.start - _REACH), mention.start) is not None

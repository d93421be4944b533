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
    """`mentions` without the days that name a street or a square, a holiday something comes ahead of, or an
    observance a text evokes."""
    days = [m for m in mentions if m.kind == "day"]
    return [m for m in mentions if not (m.kind == "day" and (names_a_place(text, m.start) or _holiday_ahead(text, m)
                                                             or _names_an_observance(text, m, days)
                                                             or _names_a_building(text, m)))]


# "at the June 12 cultural centre", "the October 1 Stadium", "the 25 May Square": in English, "the", a day with no year,
# then a building's or a square's noun (an adjective may stand between) that ends the name, no noun after it; the day
# names the place (Abeokuta's June 12 Cultural Centre, after Democracy Day), not a day of the item. ("the June 12
# meeting", "the May 5 town hall meeting": an event named by its day; so is "the May 5 town hall", the meeting, and
# "the June 6 farmers market", held that day: neither noun is a building's here.)
_THE_BEFORE = re.compile(r"(?<![\w-])[Tt]he\s+$")
_BUILDING_AFTER = re.compile(
    r"\s+(?!(?i:town\s+hall)\b)(?:[A-Za-z][a-z]+\s+)?(?i:cultural\s+|sports?\s+|conference\s+|civic\s+|memorial\s+)?"
    r"(?i:centre|center|stadium|square|park|hall|street|road|avenue|bridge|airport|university|estate|gardens?|plaza"
    r"|mall|roundabout|expressway|tower|building|library|museum|arena|auditorium|pavilion)"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|at|on|of|and|for|to|with|where|which|from|near|,)\b)")


def _names_a_building(text: str, mention: Mention) -> bool:
    return mention.first is not None and mention.first.year is None \
        and _THE_BEFORE.search(text, max(0, mention.start - 5), mention.start) is not None \
        and _BUILDING_AFTER.match(text, mention.end) is not None


# "Ahead of the Fourth of July holiday", "in the run-up to the May Day holidays", "before the 4th of July weekend": the
# day names the holiday (its word right after the date) that the sentence's news comes before.
_TOWARD = re.compile(r"(?<!\w)(?:ahead\s+of|in\s+the\s+run-up\s+to|in\s+advance\s+of|before|prior\s+to)\s+(?:the\s+)?$",
                     re.IGNORECASE)
_HOLIDAY = re.compile(r"\s+(?:holidays?|(?:holiday\s+|long\s+)?weekend)\b", re.IGNORECASE)


def _holiday_ahead(text: str, mention: Mention) -> bool:
    return _HOLIDAY.match(text, mention.end) is not None \
        and _TOWARD.search(text, max(0, mention.start - _REACH), mention.start) is not None


# "uma sessão que evoca o 5 de Maio: o «Dia Mundial da Língua Portuguesa»", "as comemorações do 25 de Abril, «Dia da
# Liberdade»", "homenaje al 12 de Octubre, «Día de la Hispanidad»": a date used as a noun (a Portuguese article "o",
# "ao", "do", "pelo", or a Spanish "al", "del" right before it), its month written with a capital as a proper name is,
# and the day's name after it, in a sentence that has given its own day before: it names the observance the text
# evokes, not a day of the text's events (a programme below it is on the day the text gives its session). Spanish
# "el" and Portuguese "a" also say when ("el 1 de Mayo, Día del Trabajo, habrá un acto"): those dates stay, and so
# does a sentence's only day ("preside à cerimónia das celebrações do 3 de Fevereiro, Dia dos Heróis": held then).
_NOUN_ARTICLE_BEFORE = re.compile(r"(?<!\w)(?:o|ao|do|pelo|al|del)\s+(?:dia\s+)?$", re.IGNORECASE)
_CAPITAL_MONTH = re.compile(r"\d+\s*(?:º|°|\.º)?\s+(?:de\s+)?[A-ZÁÉÍÓÚ][a-záéíóúç]+")
_DAY_NAME_AFTER = re.compile(r"\s*[:,–—-]?\s*(?:(?:o|a|el|la)\s+)?[«“\"]?\s*(?:Dia|Día)\b")


_SENTENCE_END = re.compile(r"[.!?]\s|\n")
# "presentó el programa del 25 de Mayo, Día de la Revolución", "o desfile do 5 de Julho, Dia da Independência": the
# programme, parade or acts "of" the date are held on it; the date names their day, not only the observance.
_PROGRAMME_OF = re.compile(r"\b(?:programa|programação|programme|actos?|atos?|desfiles?|festejos|festividades|agenda)"
                           r"\s+(?:do|del)\s+(?:dia\s+)?$", re.IGNORECASE)


def _names_an_observance(text: str, mention: Mention, days: list[Mention]) -> bool:
    return _NOUN_ARTICLE_BEFORE.search(text, max(0, mention.start - _REACH), mention.start) is not None \
        and _PROGRAMME_OF.search(text, max(0, mention.start - _REACH), mention.start) is None \
        and _CAPITAL_MONTH.match(text, mention.start, mention.end) is not None \
        and _DAY_NAME_AFTER.match(text, mention.end) is not None \
        and any(d.end <= mention.start and _SENTENCE_END.search(text, d.end, mention.start) is None for d in days)

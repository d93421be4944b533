"""A Spanish or Portuguese day of the month written as a word, "el tres de diciembre", "até o cinco de novembro".
Pure.

    las elecciones del tres de diciembre        3 December (its year from context)
    hasta el veinticinco de mayo de 2026        25 May 2026
    o primeiro de maio                          1 May

Electoral bodies and courts of Spanish and Portuguese write the day in words, as law and notices do. The word is a
day only after the article or contraction that makes it one ("el", "del", "al", "o", "do", "ao", "no"), before "de"
and a month: "tres de diciembre" alone may be three Decembers of something; "Veinticinco de Mayo" alone is a town's
and an avenue's name.
"""

from __future__ import annotations

import re

from parsers.fieldnames import alternatives
from parsers.lang_iberian import MONTHS
from parsers.mentions import DayPart, Mention

DAY_WORDS = {
    # Spanish
    "primero": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
    "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciséis": 16,
    "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20, "veintiuno": 21, "veintiún": 21,
    "veintidós": 22, "veintitrés": 23, "veinticuatro": 24, "veinticinco": 25, "veintiséis": 26, "veintisiete": 27,
    "veintiocho": 28, "veintinueve": 29, "treinta": 30, "treinta y uno": 31,
    # Portuguese
    "primeiro": 1, "um": 1, "dois": 2, "três": 3, "quatro": 4, "sete": 7, "oito": 8, "nove": 9, "dez": 10,
    "onze": 11, "doze": 12, "treze": 13, "catorze": 14, "quatorze": 14, "quinze": 15, "dezesseis": 16,
    "dezasseis": 16, "dezessete": 17, "dezassete": 17, "dezoito": 18, "dezenove": 19, "dezanove": 19, "vinte": 20,
    "vinte e um": 21, "vinte e dois": 22, "vinte e três": 23, "vinte e quatro": 24, "vinte e cinco": 25,
    "vinte e seis": 26, "vinte e sete": 27, "vinte e oito": 28, "vinte e nove": 29, "trinta": 30, "trinta e um": 31,
}  # fmt: skip
_DAY_WORD = re.compile(
    r"(?i:\b(?P<article>el|del|al|o|do|ao|no)\s+)"
    rf"(?P<day>(?i:{alternatives(DAY_WORDS)}))\s+(?i:de)\s+(?P<month>(?i:{alternatives(MONTHS)}))\b"
    r"(?:\s+(?i:de|del)\s+(?P<year>(?:19|20)\d\d)\b)?")
_NEEDLE = re.compile(r"(?i:\sde\s)")
# "la Plaza del Dos de Mayo", "el barrio del Dos de Mayo", "na avenida do Sete de Setembro": a square, street, quarter
# or building named after a day, the day's word in capitals after a noun of place (not "el desfile del Siete de
# Septiembre", a day's parade, nor "las elecciones del tres de mayo")
_PLACE_NAMED_BEFORE = re.compile(r"\b(?i:plaza|calle|avenida|avda|av|paseo|barrio|colonia|glorieta|parque|puente"
                                 r"|hospital|colegio|escuela|liceo|instituto|estadio|mercado|estaci[óo]n|rua|pra[çc]a"
                                 r"|largo|travessa|bairro|escola|col[ée]gio|est[áa]dio|ponte|esta[çc][ãa]o)\.?\s+$")


def day_words(text: str) -> list[Mention]:
    """The days of the month written as words after their article, each with its month (and year, if given)."""
    if _NEEDLE.search(text) is None:
        return []
    found = []
    for match in _DAY_WORD.finditer(text):
        if match.group("day")[0].isupper() and _PLACE_NAMED_BEFORE.search(text, max(0, match.start() - 20),
                                                                          match.start()):
            continue  # "el barrio del Dos de Mayo": a place named after the day
        day = DAY_WORDS[match.group("day").lower()]
        month = MONTHS[match.group("month").lower()]
        year = int(match.group("year")) if match.group("year") else None
        start = match.start("day")
        found.append(Mention("day", start, match.end(), text[start : match.end()], first=DayPart(day, month, year)))
    return found

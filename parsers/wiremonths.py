"""A Spanish or Portuguese wire's dateline with its month cut short or with no "de", "Buenos Aires, 24 ene (EFE).-",
"Lisboa, 3 mai (Lusa) -", "Cidade da Praia, 21 Ago (Inforpress) –", "Madrid, 5 Marzo (EFE)": the month spelled out
("24 de enero"), as the date grammar reads it, so that the dateline dates the story and its "este martes" (or the
item's month stamp, "Publicado em agosto de 2018") settles the year. Only the line that opens the story (the body's
first, or one after a few short head lines: a stamp, a byline), a town, the day, the month and the agency in
brackets: "24 mar" elsewhere may be a sea. Pure."""

from __future__ import annotations

import dataclasses
import re

from model import Article

_SPANISH = {"ene": "enero", "feb": "febrero", "mar": "marzo", "abr": "abril", "may": "mayo", "jun": "junio",
            "jul": "julio", "ago": "agosto", "sep": "septiembre", "sept": "septiembre", "set": "septiembre",
            "oct": "octubre", "nov": "noviembre", "dic": "diciembre"}
_PORTUGUESE = {"jan": "janeiro", "fev": "fevereiro", "mar": "março", "abr": "abril", "mai": "maio", "jun": "junho",
               "jul": "julho", "ago": "agosto", "set": "setembro", "out": "outubro", "nov": "novembro",
               "dez": "dezembro"}
_MONTHS = {**_PORTUGUESE, **_SPANISH}  # (the shared ones spelled the Spanish way: "mar", "abr", "jun", "jul", ...)
# The month written out but with no "de" ("21 Agosto (Inforpress)"), which the date grammar does not take capitalised.
_MONTHS.update({month: month for month in [*_SPANISH.values(), *_PORTUGUESE.values(), "setiembre", "marco"]})
# "Buenos Aires, 24 ene (EFE).-": a town, a comma, the day, the cut month, then the agency's name in brackets.
# (the month in any case: "Ago", "Dez", "AGOSTO")
_WIRE_LINE = re.compile(r"(?P<town>\s*[A-ZÁÉÍÓÚÑ][\w .'’-]{1,40}?,\s*)(?P<day>[0-3]?\d)\s+"
                        rf"(?P<month>(?i:{'|'.join(sorted(_MONTHS, key=len, reverse=True))}))\.?"
                        r"(?=\s*\((?:[A-Z][\w .&/-]{1,30})\))")
_HEAD_LINES = 3  # the dateline opens the body, or follows at most this many head lines (a stamp, a byline)
_HEAD_LINE = 80  # a head line is short: a longer one is the story's prose, and nothing below it is the dateline


def article_with_wire_months(article: Article) -> Article:
    """`article` with its opening wire dateline's cut month spelled out ("24 ene (EFE)" -> "24 de enero (EFE)")."""
    found = _opening_dateline(article.body)
    if found is None:
        return article
    month = _MONTHS[found.group("month").lower()]
    head, rest = article.body[:found.start()], article.body[found.end():]
    body = f"{head}{found.group('town')}{found.group('day')} de {month}{rest}"
    return dataclasses.replace(article, body=body)


def _opening_dateline(body: str) -> re.Match[str] | None:
    """The wire dateline that opens the story: at the body's start, or at the start of one of its first lines when
    only short head lines ("Publicado em agosto de 2018") stand before it."""
    start = 0
    for _ in range(_HEAD_LINES + 1):
        found = _WIRE_LINE.match(body, start)
        if found is not None:
            return found
        end = body.find("\n", start)
        if end < 0 or end - start > _HEAD_LINE:
            return None
        start = end + 1
        while body.startswith("\n", start):  # blank lines between the head and the story
            start += 1
    return None

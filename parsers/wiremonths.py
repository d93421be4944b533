"""A Spanish or Portuguese wire's dateline with its month cut short, "Buenos Aires, 24 ene (EFE).-", "Lisboa, 3 mai
(Lusa) -": the month spelled out ("24 de enero"), as the date grammar reads it, so that the dateline dates the story
and its "este martes" settles the year. Only the opening line of the body, a town, the day, the cut month and the
agency in brackets: "24 mar" elsewhere may be a sea. Pure."""

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
# "Buenos Aires, 24 ene (EFE).-": a town, a comma, the day, the cut month, then the agency's name in brackets.
_WIRE_LINE = re.compile(r"\A(?P<town>\s*[A-ZÁÉÍÓÚÑ][\w .'’-]{1,40}?,\s*)(?P<day>[0-3]?\d)\s+"
                        rf"(?P<month>{'|'.join(sorted(_MONTHS, key=len, reverse=True))})\.?"
                        r"(?=\s*\((?:[A-Z][\w .&/-]{1,30})\))")


def article_with_wire_months(article: Article) -> Article:
    """`article` with its opening wire dateline's cut month spelled out ("24 ene (EFE)" -> "24 de enero (EFE)")."""
    found = _WIRE_LINE.match(article.body)
    if found is None:
        return article
    month = _MONTHS[found.group("month")]
    body = f"{found.group('town')}{found.group('day')} de {month}{article.body[found.end():]}"
    return dataclasses.replace(article, body=body)

"""A programme's rows that lost their line breaks, given them back. Pure.

A press invitation copied from a wire service may arrive with the line breaks of its "Programm:" gone, each row's
clock glued to the last word of the row before: "zum AZU8:30 Uhr Minister kommt an ...Kommandeure9:00 Uhr
Vorführung". Read as one sentence, the rows' clocks share one text and most are lost. Where a line holds two or more
such clocks, each starts a line of its own again, as the rows did.
"""

from __future__ import annotations

import dataclasses
import re

from model import Article

# A clock of a row ("8:30 Uhr", "10:00 Uhr:") glued to the letter, quote or bracket before it, or to the colon of the
# field that opens the rows ("Programm:7:00 Uhr")
_GLUED_CLOCK = re.compile(r"(?:(?<=[^\W\d_])|(?<=[\"“”)])|(?<=[^\W\d_]:))(?=(?:[01]?\d|2[0-3]):[0-5]\d[ \t]?Uhr\b)")
_ROWS = 2  # glued clocks on one line that make it a programme's rows (one may be a typo)


def _unglued(line: str) -> str:
    glued = [m.start() for m in _GLUED_CLOCK.finditer(line)]
    if len(glued) < _ROWS:
        return line
    return _GLUED_CLOCK.sub("\n", line)


def article_with_rows_unglued(article: Article) -> Article:
    """`article` with the glued rows of its body on lines of their own; itself when it has none."""
    if "Uhr" not in article.body:
        return article
    body = "\n".join(_unglued(line) for line in article.body.split("\n"))
    return article if body == article.body else dataclasses.replace(article, body=body)

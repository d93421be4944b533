"""Zone labels written with a dot after each letter, read as the plain label. Pure.

"at 11.00 AM (C.E.T)", "18h00 E.A.T.", "10 a.m. G.M.T.": some offices spell a clock's abbreviation as initials.
The grammar knows "CET", "EAT", "GMT"; so a run of dotted capitals right after a clock (a space or an opening
bracket between) whose letters spell a label of three letters or more becomes that label. Initials that spell no
label ("U.N.", "E.U."), or that follow no clock ("the C.E.T. board"), stay as they are.
"""

from __future__ import annotations

import dataclasses
import re

from model import Article
from parsers.datewords import ZONE_LABELS

# The labels of three letters or more, all capitals: two letters are too often initials of something else.
_LABELS = frozenset(label for label in ZONE_LABELS.split("|")
                    if len(label) >= 3 and label.isalpha() and label.isupper())
# A clock's end (its minutes, "11.00", "18h00", or an hour with "AM"/"a.m." or "h" after it), a gap or an opening
# bracket, then the dotted capitals ("C.E.T", "C.E.T.", "E. A. T."), not followed by a letter ("Section 3 P.S.T." is
# no clock's)
_DOTTED = re.compile(r"(?P<clock>(?:\d[:.hH][0-5]\d|\d\s?[AaPp]\.?\s?[Mm]\.?|\d\s?[hH])\s*\(?\s*)"
                     r"(?P<label>[A-Z]\.\s?[A-Z]\.\s?[A-Z](?:\.\s?[A-Z])?\.?)(?![A-Za-z])")
_HINT = re.compile(r"[A-Z]\.\s?[A-Z]\.")


def plain_zone_labels(text: str) -> str:
    """`text` with each dotted zone label after a clock written plain (itself when it has none)."""
    if _HINT.search(text) is None:
        return text

    def plain(found: re.Match[str]) -> str:
        letters = re.sub(r"[.\s]", "", found["label"])
        return found["clock"] + letters if letters in _LABELS else found.group()

    return _DOTTED.sub(plain, text)


def article_with_plain_zone_labels(article: Article) -> Article:
    """`article` with its title and body's dotted zone labels written plain; itself when it has none."""
    title, body = plain_zone_labels(article.title), plain_zone_labels(article.body)
    if title == article.title and body == article.body:
        return article
    return dataclasses.replace(article, title=title, body=body)

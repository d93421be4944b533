"""Dashes that look like the common ones, read as them. Pure.

"10− 16 December 2012" (a minus sign), "9‒11 May" (a figure dash), "Jean‐Claude" (a hyphen): editors and word
processors put these where a dash or hyphen-minus is meant, and the grammar knows "-", "–" and "—" only. Each is
replaced by its common twin, one character for one, so every position in the text stays where it was.
"""

from __future__ import annotations

import dataclasses
import re

from model import Article

# U+2010 hyphen, U+2011 non-breaking hyphen, U+2212 minus sign, U+FE63 small and U+FF0D full-width hyphen-minus:
# "-" (a minus sign may be an offset's, "UTC−5", and "10-16" is a range as well); U+2012 figure dash, U+2015
# horizontal bar, U+FE58 small em dash: "–" (a range's dash).
_TWINS = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2212": "-", "\ufe63": "-", "\uff0d": "-",
                        "\u2012": "–", "\u2015": "–", "\ufe58": "–"})
_LOOKALIKE = re.compile("[\u2010\u2011\u2012\u2015\u2212\ufe58\ufe63\uff0d]")


def plain_dashes(text: str) -> str:
    """`text` with each look-alike dash as its common twin (itself when it has none)."""
    if text.isascii() or _LOOKALIKE.search(text) is None:
        return text
    return text.translate(_TWINS)


def article_with_plain_dashes(article: Article) -> Article:
    """`article` with its title and body's look-alike dashes replaced; itself when it has none."""
    title, body = plain_dashes(article.title), plain_dashes(article.body)
    if title is article.title and body is article.body:
        return article
    return dataclasses.replace(article, title=title, body=body)

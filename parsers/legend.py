"""A legend that gives the hours of a mark lends them to the rows it marks. Pure.

A release calendar's rows "(lockup) Wholesale trade, February 2019" under "April 23", with the note "unless another
time is shown, a media lockup runs from 7:30 a.m. to 8:30 a.m.": each marked row is a lockup at those hours on its
day. The note itself says what a mark means, no event of its own; it is taken out once its hours are lent.
"""

from __future__ import annotations

import dataclasses
import re

from model import Article
from parsers.gate import LinePattern

_CLOCK = r"\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\.?)?"
_OWN_CLOCK = re.compile(r"\b\d{1,2}(?::\d\d\b|\s?[ap]\.?\s?m\b)", re.IGNORECASE)
# "Note: unless another time is shown, a media lockup runs from 7:30 a.m. to 8:30 a.m.", "Media lockups are held
# from 7:30 a.m. to 8:30 a.m. unless otherwise indicated."
_LEGEND = re.compile(
    r"^[ \t]*(?:notes?\s*:\s*)?(?:unless[^,\n]{0,40},\s*)?(?:an?\s+|the\s+)?(?:media\s+)?(?P<mark>[A-Za-z][a-z-]{3,})"
    r"\s+(?:runs?|(?:is|are)\s+held|takes?\s+place|(?:is|are)\s+open)\s+from\s+"
    rf"(?P<hours>{_CLOCK}\s*(?:to|-|–|until)\s*{_CLOCK})(?:\s*,?\s*unless[^.\n]{{0,40}})?\.?[ \t]*$",
    re.IGNORECASE | re.MULTILINE)
_LEGEND_LINE = LinePattern(_LEGEND)  # searched only where a line starts: a third of the cost of _LEGEND.search


def lend_legend_hours(article: Article) -> Article:
    """`article` with each row a legend marks given the legend's hours, and the legend taken out; itself when the
    body has no such legend, or no row bears its mark."""
    body = article.body
    legend = _LEGEND_LINE.search(body)
    if legend is None:
        return article
    name = legend.group("mark")
    stem = name[:-1] if name.lower().endswith("s") else name  # "lockups are held": the rows say "(lockup)"
    mark = re.compile(rf"\(\s*{re.escape(stem)}s?\s*\)", re.IGNORECASE)
    if mark.search(body) is None:
        return article
    hours = " ".join(legend.group("hours").split())
    body = body[: legend.start()] + body[legend.end() :]
    # "unless another time is shown": a marked row with a clock of its own keeps it
    lines = [line if _OWN_CLOCK.search(line) else mark.sub(lambda found: f"({found.group()[1:-1].strip()}, {hours})",
                                                            line) for line in body.split("\n")]
    return dataclasses.replace(article, body="\n".join(lines))

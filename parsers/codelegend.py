"""A legend that says what a schedule's codes mean spells them out in the rows. Pure.

Meeting schedules set a code in a column of their own ("C/B", "W", "S") and explain it once under the table:
'"C" DESIGNATES CONFERENCE MEETING', "W = Work Session", "S denotes a special meeting". A row read alone is then
"Wed., January 17, 2024  C/B  ROOM 506  5:00 P.M.": an event titled by its room. Each code standing alone in a
dated row is replaced by what its legend says ("Conference Meeting/Board Meeting"); codes joined by a slash are
spelled out one by one. Lines without a date, the legend among them, are left as they are.
"""

from __future__ import annotations

import dataclasses
import re

from model import Article

_QUOTE = "\"'“”‘’«»"
# '"C" DESIGNATES CONFERENCE MEETING', "W = Work Session", "(S) denotes a special meeting", "SP - stands for ..."
_LEGEND = re.compile(
    rf"^[ \t]*[*•-]?[ \t]*[{_QUOTE}(]?(?P<code>[A-Z]{{1,3}})[{_QUOTE})]?[ \t]*"
    r"(?:=|:|(?i:designates|denotes|indicates|means|stands\s+for|is))[ \t]+(?:(?i:an?|the)\s+)?"
    r"(?P<meaning>[A-Za-z][A-Za-z -]{2,40}?)[ \t]*[.;]?[ \t]*$",
    re.MULTILINE)
# The meaning must name a gathering: a legend of other codes (units, statuses) says nothing of the row's event.
_GATHERING = re.compile(r"(?i:meeting|session|hearing|workshop|conference|retreat|council|board|committee)")
# A date on the line: only rows are rewritten ("Wed., January 17, 2024", "01/17/2024", "17.01.2024").
_DATED = re.compile(r"\b(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
                    r"[a-z]*\.?\s+\d{1,2}\b|\d{1,2}\.?\s+(?i:jan|feb|m[aä]r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz])"
                    r"[a-z]*\b)")
_LEGENDS_AT_LEAST = 2  # one "X = ..." line may be anything; a key explains its codes together


def spell_out_codes(article: Article) -> Article:
    """`article` with each coded row's codes replaced by the meanings its legend gives; itself when the body has
    fewer than two legend lines naming gatherings, or no dated row uses their codes."""
    body = article.body
    meanings = {m["code"]: " ".join(m["meaning"].split()) for m in _LEGEND.finditer(body)
                if _GATHERING.search(m["meaning"])}
    if len(meanings) < _LEGENDS_AT_LEAST:
        return article
    codes = "|".join(sorted(map(re.escape, meanings), key=len, reverse=True))
    # a code, or codes joined by slashes, standing alone (quoted or not) between gaps or line ends: never in a word
    coded = re.compile(rf"[{_QUOTE}]?(?<![\w/])(?:{codes})(?:/(?:{codes}))*(?![\w/])[{_QUOTE}]?")

    def spell(found: re.Match[str]) -> str:
        return "/".join(meanings[code] for code in found.group().strip(_QUOTE).split("/"))

    lines = [coded.sub(spell, line) if _DATED.search(line) else line for line in body.split("\n")]
    spelled = "\n".join(lines)
    return article if spelled == body else dataclasses.replace(article, body=spelled)

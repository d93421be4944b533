"""A programme's rows that lost their line breaks, given them back. Pure.

A press invitation copied from a wire service may arrive with the line breaks of its "Programm:" gone, each row's
clock glued to the last word of the row before: "zum AZU8:30 Uhr Minister kommt an ...Kommandeure9:00 Uhr
Vorführung". Read as one sentence, the rows' clocks share one text and most are lost. Where a line holds two or more
such clocks, each starts a line of its own again, as the rows did.

A Japanese schedule copied into one line glues its days and its rows' clocks the same way, each clock a start with a
wave dash after it: "...会期末5/8(木)09:00~衆・総務委員会10:00~参・内閣委員会5/9(金)09:00~...". There each day
("5/8(木)") and each such clock starts a line of its own: the days head the rows that follow them.
"""

from __future__ import annotations

import dataclasses
import re

from model import Article
from parsers.fieldnames import END, START, TIME, WHEN, alternatives

# A clock of a row ("8:30 Uhr", "10:00 Uhr:") glued to the letter, quote or bracket before it, or to the colon of the
# field that opens the rows ("Programm:7:00 Uhr")
_GLUED_CLOCK = re.compile(r"(?:(?<=[^\W\d_])|(?<=[\"“”)])|(?<=[^\W\d_]:))(?=(?:[01]?\d|2[0-3]):[0-5]\d[ \t]?Uhr\b)")
# A Japanese or Chinese schedule's day ("5/8(木)", "7/12(周五)") or clock with a wave dash after it ("09:00~"), glued to
# the character before it
_CJK_WEEKDAY = r"[（(][ \t]*(?:[月火水木金土日](?:曜日?)?|(?:星期|周|週)[一二三四五六日天])[ \t]*[)）]"
# (glued to a kana or Han character only: "plenary (09:00~12:00) and roundtable (14:00~17:30)" is English prose)
_GLUED_CJK_MARK = re.compile(rf"(?<=[\u3040-\u30ff\u4e00-\u9fff）)])(?:(?=[01]?\d/[0-3]?\d{_CJK_WEEKDAY})"
                             rf"|(?=(?:[01]?\d|2[0-3]):[0-5]\d[~～〜]))")
_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
# An Italian row's "Ore 16:30" glued to the bracket, stop or letter that ended the row before it ("...(seduta non
# aperta al pubblico)Ore 16:30, sala Orologio: ..."); the line's own first row may open with it, unglued
_GLUED_ORE = re.compile(r"(?:(?<=[^\W\d_])|(?<=[)\].]))(?=Ore\s(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\b)")
_ORE_OPENS = re.compile(r"^\W{0,3}Ore\s(?:[01]?\d|2[0-3])\b")
_ROWS = 2  # glued clocks on one line that make it a programme's rows (one may be a typo)
# A table's rows run together on one line, as a PDF's agenda comes out of its text layer: "Plenary Session 09:15 –
# 09:20 1. Opening of the Session 09:20 – 09:25 2. Election of Rapporteur 09:25 – 09:30 ...". Each row opens with its
# clock range and goes on in words (never another clock, nor the range's "a.m." or "h"); where a line holds three or
# more such rows, each starts a line again.
_RANGE_ROW = (r"(?:[01]?\d|2[0-3]):[0-5]\d[ 	]?[–—-][ 	]?(?:[01]?\d|2[0-3]):[0-5]\d[ 	]+"
              r"(?!(?:[01]?\d|2[0-3])[:.][0-5]\d|[AaPp]\.?[Mm]|h|hrs?|Uhr|horas?|heures?)[^\s–—-]")
_FLAT_RANGE = re.compile(rf"(?<=\S)[ 	]+(?={_RANGE_ROW})")
_FLAT_FIRST = re.compile(rf"[ 	]*(?={_RANGE_ROW})")
_FLAT_ROWS = 3
_FLAT_HINT = re.compile(r"\d:[0-5]\d[ 	]?[–—-][ 	]?\d")
# A programme's rows run together on one line, each opening with one clock, a dash and its words: "pondělí 17. října
# 2022 10:30 - arrival at the regional office * photo 10:35 - private meeting 11:00 - meeting with ...". The dash is
# followed by a letter (never a second clock: that is a range, read above); where a line holds three or more such
# rows, each starts a line again, the text before the first (a day) heading them.
_CLOCK_ROW = (r"(?:[01]?\d|2[0-3]):[0-5]\d[ \t]?[–—-][ \t]?"
              r"(?!(?:[01]?\d|2[0-3])[:.]?[0-5]\d|[AaPp]\.?[Mm]\b|h\b|hrs?\b|Uhr\b|horas?\b|heures?\b)[^\W\d_]")
_FLAT_CLOCK = re.compile(rf"(?<=\S)[ \t]+(?={_CLOCK_ROW})")
_FLAT_CLOCK_HINT = re.compile(_CLOCK_ROW)
# What each match of _CLOCK_ROW holds: a clock's colon, its minutes and the dash. Two matches never share one (each
# holds its own colon), so a text with fewer than _FLAT_ROWS of these has fewer rows; counted first, as a search that
# opens on a digit skips to the digits, where _CLOCK_ROW's optional first digit is tried at every position.
_CLOCK_DASH = re.compile(r"\d:[0-5]\d[ \t]?[–—-]")
# A when field's label right before its clock ("Beginn:10:00 Uhr, Ende:12:00 Uhr"): a field's value, no row
_WHEN_LABEL = re.compile(rf"(?:^|\W)(?:{alternatives((*START, *END, *TIME, *WHEN))}):$", re.IGNORECASE)


def _unflattened(line: str) -> str:
    """`line` with each row of a flattened table of clock ranges on a line of its own; itself when it is none."""
    starts = sum(1 for _ in _FLAT_RANGE.finditer(line)) + (1 if _FLAT_FIRST.match(line) else 0)
    if starts < _FLAT_ROWS:
        return line
    return _FLAT_RANGE.sub("\n", line)


def _clock_rows_apart(line: str) -> str:
    """`line` with each row of a run of one-clock rows on a line of its own; itself when it holds fewer than three."""
    if sum(1 for _ in _FLAT_CLOCK.finditer(line)) < _FLAT_ROWS:
        return line
    return _FLAT_CLOCK.sub("\n", line)


def _unglued(line: str) -> str:
    if len(_FLAT_HINT.findall(line)) >= _FLAT_ROWS:
        line = _unflattened(line)
    if len(_FLAT_CLOCK_HINT.findall(line)) >= _FLAT_ROWS:
        line = "\n".join(_clock_rows_apart(part) for part in line.split("\n"))
    glued = [m.start() for m in _GLUED_CLOCK.finditer(line) if _WHEN_LABEL.search(line, 0, m.start()) is None]
    if len(glued) < _ROWS and _CJK.search(line) is not None:
        glued = [m.start() for m in _GLUED_CJK_MARK.finditer(line)]
    if len(glued) < _ROWS and "Ore " in line:
        glued = [m.start() for m in _GLUED_ORE.finditer(line)]
        if glued and _ORE_OPENS.match(line) and len(glued) < _ROWS:
            return _split(line, glued)  # the line's first row and the one glued after it
    if len(glued) < _ROWS:
        return line
    return _split(line, glued)


def _split(line: str, at: list[int]) -> str:
    return "".join(line[a:b] + ("\n" if b in at else "") for a, b in zip([0, *at], [*at, len(line)], strict=True))


def article_with_rows_unglued(article: Article) -> Article:
    """`article` with the glued rows of its body on lines of their own; itself when it has none."""
    if "Uhr" not in article.body and "~" not in article.body and "～" not in article.body \
            and "Ore " not in article.body and len(_FLAT_HINT.findall(article.body)) < _FLAT_ROWS \
            and (len(_CLOCK_DASH.findall(article.body)) < _FLAT_ROWS
                 or len(_FLAT_CLOCK_HINT.findall(article.body)) < _FLAT_ROWS):
        return article
    body = "\n".join(_unglued(line) for line in article.body.split("\n"))
    return article if body == article.body else dataclasses.replace(article, body=body)

"""A schedule's type codes spelled out by the legend under it: the row's event is named, not titled by its room.

Form: a year's meeting schedule laid out as a table (date, type, place, time) whose type column holds codes
("C/B", "W", "R") explained once below it ('"C" DESIGNATES CONFERENCE MEETING', "W = Work Session"). Seen on a
county board's meeting schedule (essexcountynj.org, pages-p29), where every row came out as "C/B ROOM 506".
Texts of our own here.
"""

from __future__ import annotations

import datetime as dt

from model import Article
from parsers import extract_articles
from parsers.codelegend import spell_out_codes

_PARKS = """Harbor Parks Board Meeting Schedule 2031

DATE   TYPE   PLACE   TIME
Tue., February 4, 2031   W   ANNEX HALL   6:00 P.M.
Tue., February 18, 2031   R   ANNEX HALL   6:30 P.M.
Tue., March 4, 2031   W/R   ANNEX HALL   6:00 P.M.

W = Work Session
R = Regular Meeting
All meetings are open to the public."""

_LIBRARY = """Library Trustees 2031 calendar

03/12/2031 | "S" | Reading Room | 4:00 PM
04/09/2031 | "A" | Reading Room | 4:00 PM

"S" denotes a Special Meeting of the trustees.
"A" denotes the Annual Meeting.
"""


def _summaries(text: str) -> list[str]:
    article = Article(source="t", title=text.split("\n", 1)[0], body=text.split("\n", 1)[1])
    return [e.summary for e in extract_articles([article], reference=dt.date(2031, 1, 10)).events]


def test_codes_of_a_table_are_spelled_out() -> None:
    summaries = " | ".join(_summaries(_PARKS))
    assert "Work Session" in summaries
    assert "Regular Meeting" in summaries


def test_quoted_codes_and_denotes() -> None:
    article = Article(source="t", title="Library Trustees 2031 calendar", body=_LIBRARY)
    body = spell_out_codes(article).body
    assert "03/12/2031 | Special Meeting of the trustees |" in body
    assert "04/09/2031 | Annual Meeting |" in body


def test_one_legend_line_alone_changes_nothing() -> None:
    text = "Tue., February 4, 2031   W   ANNEX HALL   6:00 P.M.\n\nW = Work Session\n"
    article = Article(source="t", title="Schedule", body=text)
    assert spell_out_codes(article) is article


def test_undated_lines_keep_their_codes() -> None:
    article = Article(source="t", title="Schedule", body=_PARKS)
    assert "\nW = Work Session\nR = Regular Meeting" in spell_out_codes(article).body

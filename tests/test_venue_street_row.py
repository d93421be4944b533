"""A meeting card's row of a time, then cells of where, a venue and its street address ("6:30 p.m. │ Learning and
Teaching Center │ 2218 N Molter Rd Liberty Lake WA"), says where the meeting is; the card's title says what it is. The
bars may be box-drawing (U+2502) or full-width (U+FF5C) between spaces, as "|" is. Seen in pages-p56 (a school
district's BoardDocs meeting fragment was titled "│ Learning and Teaching Center │ 2218 N ..."). Texts in our own
words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract_articles
from parsers.html import html_article


def _summaries(row: str) -> list[str]:
    page = (f"<html><head><title>Board</title></head><body><main><div class='meeting'>"
            f"<div class='title'>Regular Board Meeting</div><div class='date'>Monday, March 17, 2031</div>"
            f"<div class='info'>{row}</div><div>To attend the meeting virtually, use the video link.</div>"
            f"</div></main></body></html>")
    article = html_article(page.encode(), url="https://board.example.org/", source="t")
    events = extract_articles([article], reference=dt.date(2031, 3, 1), default_zone="America/Los_Angeles").events
    return [e.summary for e in events]


@pytest.mark.parametrize("bar", ["\u2502", "|", "\uff5c"])
def test_the_title_says_what_the_row_says_where(bar: str) -> None:
    row = f"6:30 p.m. {bar} Learning and Teaching Center {bar} 2218 N Molter Rd Liberty Lake WA"
    assert _summaries(row) == ["Regular Board Meeting (Learning and Teaching Center, 2218 N Molter Rd Liberty Lake WA)"]


def test_a_row_that_names_what_happens_keeps_its_words() -> None:
    """The second cell is no street address: the row names what happens."""
    row = "6:30 p.m. | Learning and Teaching Center | Budget workshop with the superintendent"
    assert _summaries(row) != ["Regular Board Meeting (Learning and Teaching Center, Budget workshop with the "
                               "superintendent)"]

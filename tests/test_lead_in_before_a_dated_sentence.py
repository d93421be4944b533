"""A notice's lead-in before a short dated sentence ("Good news: the winter exhibition opens on 22 November.",
"Endlich: Am 22. November öffnet die Winterausstellung.") is no heading's colon: the sentence is a statement and its
day an event, not a date line that only says which day it is; the lead-in stays out of the title (issue #10). Found
in pages-p50 while writing the test of the "ist es soweit" title (a Dresden weekly's exhibition story); the texts are
ours. A heading's colon ("Madurai: August 18, Lakshmi Sundaram Hall.") and a field ("Location: the main hall, 22
November.") still make no event of their own."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import article_events
from parsers.html import html_article


def _events(sentence: str) -> list[tuple[str, str]]:
    page = ("<html><head><title>Winterausstellung im Schloss</title></head><body><h1>Winterausstellung im Schloss</h1>"
            f"<p>{sentence}</p></body></html>")
    article = html_article(page.encode(), url="http://127.0.0.1/schloss.html", source="test")
    return [(f"{e.start:%Y-%m-%d}", e.summary) for e in article_events(article, dt.date(2031, 10, 30), "Europe/Berlin")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Good news: the winter exhibition opens on 22 November.", [("2031-11-22", "Event: Winter exhibition opens")]),
    ("Endlich: Am 22. November öffnet die Winterausstellung.", [("2031-11-22", "Event: Öffnet die Winterausstellung")]),
    ("Update: the council meets on 22 November.", [("2031-11-22", "Meeting: Council meets")]),
    ("Madurai: August 18, Lakshmi Sundaram Hall.", []),
    ("Location: the main hall, 22 November.", []),
])  # fmt: skip
def test_lead_in_before_a_dated_sentence(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _events(sentence) == expected

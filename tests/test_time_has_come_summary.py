"""A sentence that, its date taken out, only says "the time has come" ("In diesem Jahr ist es ab 22. November
soweit", "Dann ist es am 22. November endlich so weit", Dutch "Dan is het op 22 november weer zover") names no
event: the event's title is the item's headline, as for "Será este sábado" (issue #10). Seen in pages-p50 (a Dresden
weekly's exhibition story, titled "Event: In diesem Jahr ist es soweit"); the texts are ours. A sentence that goes on
to name the event keeps its own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import article_events
from parsers.html import html_article

_TITLE = "Winterausstellung im Schloss: Tickets jetzt erhältlich"


def _summaries(sentence: str) -> list[str]:
    page = (f"<html><head><title>{_TITLE}</title></head><body><h1>{_TITLE}</h1><p>30. Oktober 2031</p>"
            f"<p>{sentence}</p></body></html>")
    article = html_article(page.encode(), url="http://127.0.0.1/schloss.html", source="test")
    return [e.summary for e in article_events(article, dt.date(2031, 10, 30), "Europe/Berlin")]


@pytest.mark.parametrize(("sentence", "headline"), [
    ("Die Schau lockt jedes Jahr tausende Besucher an. In diesem Jahr ist es ab 22. November soweit.", True),
    ("Dann ist es am 22. November endlich so weit.", True),
    ("Dan is het op 22 november weer zover.", True),
    ("Am 22. November öffnet die Winterausstellung im Schloss.", False),
])  # fmt: skip
def test_time_has_come_takes_the_headline(sentence: str, headline: bool) -> None:
    summaries = _summaries(sentence)
    assert len(summaries) == 1
    assert (_TITLE in summaries[0]) is headline, summaries

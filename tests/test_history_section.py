"""A record's page that lists the days the record itself changed under a heading of its own ("Historie",
"Page history", "Versionsgeschichte") tells no events: "12.03.2031 / New status: minutes approved" is a day the
record changed (pages-p36: a council information system's session pages gave each status change as an event). A
heading that only begins with the word ("History Day parade on 14 May 2031") heads an event as before. Pages in our
own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract_articles
from parsers.html import html_article

SESSION = ("<h1>District Committee 7 - 18 February 2031</h1><p>Tuesday, 18 February 2031, 19:00 Uhr</p>"
           "<p>Venue: Community Hall, Lindenweg 4, Munich</p>")


def _days(heading: str, rows: str) -> list[str]:
    body = f"{SESSION}<section><h2>{heading}</h2><ul>{rows}</ul></section>"
    page = f"<html><head><title>Session</title></head><body><main>{body}</main></body></html>"
    article = html_article(page.encode(), url="https://ris.example.de/session/7", source="t")
    events = extract_articles([article], reference=dt.date(2031, 2, 1), default_zone="Europe/Berlin").events
    return sorted(f"{e.start:%Y-%m-%d}" for e in events)


STATUS = ("<li><b>12.03.2031</b> <span>Neuer Status: Abgeschlossen (vorher: Niederschrift)</span></li>"
          "<li><b>20.02.2031</b> <span>Neuer Status: Niederschrift (vorher: TO freigegeben)</span></li>"
          "<li><b>06.02.2031</b> <span>Neuer Status: TO freigegeben (vorher: TO geplant)</span></li>")


@pytest.mark.parametrize("heading", ["Historie", "History", "Page history", "Versionsgeschichte"])
def test_a_history_of_the_record_tells_no_events(heading: str) -> None:
    assert _days(heading, STATUS) == ["2031-02-18"]


def test_a_heading_that_begins_with_the_word_heads_an_event() -> None:
    found = _days("History Day", "<li>Parade through the old town on 14 May 2031 at 11:00</li>")
    assert "2031-05-14" in found

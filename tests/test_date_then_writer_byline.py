"""A byline line atop a story, a full date, then a dash or bar and its writer named by a label and a colon
("05.02.2031 - Redaktion: Erika Muster (Pressesprecherin)", "Author:", "Rédaction :") or by "By" and a name, is the
story's stamp, even when the page's metadata gives another day (pages-p51: a youth organisation's news item gave its
"Redaktion:" line as an event). A line naming an event after its date stays. Pages in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract_articles
from parsers.html import html_article

STORY = ("<p>Der Verband lädt vom 6. - 7. März 2031 zum Aktionsworkshop in die Jugendherberge nach Heilbronn ein."
         " Die Teilnahme ist kostenlos, nur die Fahrtkosten sind selbst zu tragen.</p>")


def _days(line: str) -> list[str]:
    page = ("<html><head><title>Faire Lieferketten</title><meta property='article:published_time'"
            " content='2031-02-12T09:00:00+01:00'></head><body><main><h1>Faire Lieferketten</h1>"
            f"<p>{line}</p><h2>Aktionen planen, die was bewegen</h2>{STORY}</main></body></html>")
    article = html_article(page.encode(), url="https://verband.example.de/news/lieferketten", source="t")
    events = extract_articles([article], reference=dt.date(2031, 2, 12), default_zone="Europe/Berlin").events
    return sorted(f"{e.start}" for e in events)


@pytest.mark.parametrize("line", ["05.02.2031 - Redaktion: Erika Muster (Pressesprecherin des Verbands)",
                                  "05.02.2031 | Autorin: Erika Muster",
                                  "5 February 2031 – By Jane Roe",
                                  "05.02.2031 - Rédaction : Marie Dupont"])
def test_a_date_and_its_writer_is_the_stamp(line: str) -> None:
    assert _days(line) == ["2031-03-06"]


def test_a_date_and_an_event_stays() -> None:
    assert _days("05.02.2031 - Vorstandssitzung im Gemeindehaus") == ["2031-02-05", "2031-03-06"]

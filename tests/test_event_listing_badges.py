"""A listing of events to come whose rows carry a "day · kind · venue" badge beside the event's link ("14.03.2031 ·
Konzert · Stadthalle", "21.03.2031 · Lesung · Stadtbibliothek"): its days rise down the page, as a programme's do,
and the rows are events; a news list's teaser stamps ("27.01.2031 · Männer · HBL2") run from the newest back, or say
"gestern", and are stamps still. Pages in our own words (reviewer, session 48)."""

from __future__ import annotations

import datetime as dt

from parsers import extract_articles
from parsers.html import html_article


def _days(rows: list[tuple[str, str]]) -> list[str]:
    listed = "".join(f"<div class='row'><p class='col-sm-3'><small>{badge}</small></p><p class='col-sm-9'>"
                     f"<a href='/termin-{n}.html'>{title}</a></p></div>" for n, (badge, title) in enumerate(rows))
    page = ("<html><head><title>Veranstaltungen</title></head><body><main><h1>Veranstaltungen im März</h1>"
            "<p>Die Stadt lädt zu den folgenden Veranstaltungen im Kulturzentrum und in der Stadthalle ein.</p>"
            f"<div class='list'>{listed}</div></main></body></html>")
    article = html_article(page.encode(), url="https://stadt.example/termine.html", source="t")
    events = extract_articles([article], reference=dt.date(2031, 2, 2), default_zone="Europe/Berlin").events
    return sorted(f"{e.start:%Y-%m-%d}" for e in events)


def test_a_listing_of_events_to_come_keeps_its_days() -> None:
    rows = [("14.03.2031 · Konzert · Stadthalle", "Beethoven-Abend mit dem Stadtorchester"),
            ("21.03.2031 · Lesung · Stadtbibliothek", "Lesung mit Anna Beispiel"),
            ("28.03.2031 · Theater · Kulturzentrum", "Der zerbrochne Krug")]
    assert _days(rows) == ["2031-03-14", "2031-03-21", "2031-03-28"]


def test_a_news_list_newest_first_is_stamps() -> None:
    rows = [("30.01.2031 · Männer · HBL1", "Club extends the contract of its goalkeeper"),
            ("27.01.2031 · Frauen · EURO", "Team reaches the semi-final"),
            ("25.01.2031 · Männer · HBL2", "Coach signs for two more seasons")]
    assert _days(rows) == []

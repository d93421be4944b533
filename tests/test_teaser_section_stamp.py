"""A teaser's stamp in a news list: its day (in figures, or "gestern", "yesterday") and then two or more section
labels of a word or two, each after a middle dot ("27.01.2022 · Männer · HBL2", "gestern · Männer · EURO"), beside
the linked headline of another story. The day is when that story was posted, no event. Seen in pages-p53
(handball-world.news: fifteen such stamps of a headline list became all-day events). An event's badge with its hours
("14.03.2031 · 19:00 Uhr · Stadthalle") stays. Pages in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract_articles
from parsers.html import html_article

STORY = ("<p>The club has signed a left back from the Dutch national team for the coming seasons. He played for two"
         " clubs in the league before and said he looked forward to the new role in the team.</p>")


def _days(stamp: str, headline: str = "Club extends the contract of its goalkeeper") -> list[str]:
    rows = "".join(f"<div class='row'><p class='col-sm-3'><small><small class='hw-orange'>{stamp}</small></small></p>"
                   f"<p class='col-sm-9'><a href='/news-{n}.html'>{headline} {n}</a></p></div>" for n in range(3))
    page = ("<html><head><title>Club signs a left back</title></head><body><main><h1>Club signs a left back</h1>"
            f"<p>02.02.2031 10:16 Uhr - 1. Bundesliga</p>{STORY}<div class='list'>{rows}</div></main></body></html>")
    article = html_article(page.encode(), url="https://handball.example/news-9.html", source="t")
    events = extract_articles([article], reference=dt.date(2031, 2, 2), default_zone="Europe/Berlin").events
    return sorted(f"{e.start:%Y-%m-%d}" for e in events)


@pytest.mark.parametrize("stamp", ["27.01.2031 · Männer · HBL2", "30.01.2031 &middot; Frauen &middot; EURO",
                                   "gestern · Männer · HBL1", "yesterday · Women · Cup"])
def test_a_day_and_section_labels_is_a_teaser_stamp(stamp: str) -> None:
    assert _days(stamp) == []


def _party(badge: str) -> list[str]:
    page = ("<html><head><title>Season opening party</title><meta property='article:published_time'"
            " content='2031-02-02T10:00:00+01:00'></head><body><main><h1>Season opening party</h1>"
            "<p>The club invites all members and fans to its season"
            " opening party with music, food and the presentation of the new team.</p>"
            f"<p>When and where: <small>{badge}</small></p></main></body></html>")
    article = html_article(page.encode(), url="https://handball.example/party.html", source="t")
    events = extract_articles([article], reference=dt.date(2031, 2, 2), default_zone="Europe/Berlin").events
    return sorted(f"{e.start:%Y-%m-%d}" for e in events)


@pytest.mark.parametrize("badge", ["14.03.2031 · 19:00 Uhr · Stadthalle", "14.03.2031 · 19 Uhr · Stadthalle Ahlen"])
def test_an_event_badge_stays(badge: str) -> None:
    assert _party(badge) == ["2031-03-14"]

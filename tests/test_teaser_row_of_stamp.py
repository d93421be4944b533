"""A teaser's stamp ("gestern · Männer · HBL1", "27.01.2031 · Männer · HBL2") marks its row of a news list as a
teaser: the linked headline beside it is another story's, whatever day it names ("Bekanntgabe der Preisträger bei
Online-Gala am 21. Februar"), no event of the page. Seen in pages-p53 (handball-world.news: the headline of a gala
in a list of stamped headlines became an event). A row of an event list, its day and hours beside the linked name
("14.03.2031 · 19:00 Uhr"), stays. Pages in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract_articles
from parsers.html import html_article

STORY = ("<p>The club has signed a left back from the Dutch national team for the coming seasons. He played for two"
         " clubs in the league before and said he looked forward to the new role in the team.</p>")
HEADLINES = ["Awards: winners announced at an online gala on 21 February", "Coach extends his contract until 2033",
             "Club tests its new players against Balingen"]


def _days(stamp: str) -> list[str]:
    rows = "".join(f"<div class='row'><p class='col-sm-3'><small class='hw-orange'>{stamp}</small></p>"
                   f"<p class='col-sm-9'><a href='/news-{n}.html'>{headline}</a></p></div>"
                   for n, headline in enumerate(HEADLINES))
    page = ("<html><head><title>Club signs a left back</title><meta property='article:published_time'"
            " content='2031-02-02T10:16:00+01:00'></head><body><main><h1>Club signs a left back</h1>"
            f"{STORY}<div class='list'>{rows}</div></main></body></html>")
    article = html_article(page.encode(), url="https://handball.example/news-9.html", source="t")
    events = extract_articles([article], reference=dt.date(2031, 2, 2), default_zone="Europe/Berlin").events
    return sorted(f"{e.start:%Y-%m-%d}" for e in events)


@pytest.mark.parametrize("stamp", ["gestern · Männer · HBL1", "27.01.2031 · Männer · HBL2"])
def test_a_stamped_row_is_a_teaser(stamp: str) -> None:
    assert _days(stamp) == []


def test_an_event_row_with_its_hours_stays() -> None:
    assert "2031-03-14" in _days("14.03.2031 · 19:00 Uhr")

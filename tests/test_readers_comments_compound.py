"""Readers' comments under a German article, in a block named by a compound ("ModulLesermeinungenFooter"): each
comment's headline with its posting minute ("12. Mai 2031, 11:59") is no part of the article and no event."""

from __future__ import annotations

import datetime as dt

from parsers import extract_articles
from parsers.html import html_article

_STORY = ("<p>Die Hafenbehörde will die alten Kaianlagen in den kommenden Jahren erneuern. Die Pläne liegen seit "
          "dem Winter vor, nun soll der Rat über die Finanzierung beraten, sagte eine Sprecherin der Behörde.</p>"
          "<p>Viele Anwohner begrüßen die Pläne, andere fürchten den Lärm der Baustelle und verlangen, dass die "
          "Arbeiten nur tagsüber stattfinden. Die Behörde will ihre Fragen in einer Versammlung beantworten.</p>")
_COMMENTS = ("<div class='ModulLesermeinungenFooter'><a class='Head' href='/kom'>Lesermeinungen zum Beitrag</a><ul>"
             "<li><a href='/kom#1'>Endlich tut sich etwas ... <span class='Date'>12. Mai 2031, 11:59</span></a></li>"
             "<li><a href='/kom#2'>Wer bezahlt das alles? <span class='Date'>12. Mai 2031, 11:49</span></a></li>"
             "<li><a href='/kom#3'>Gut so. <span class='Date'>12. Mai 2031, 10:10</span></a></li></ul></div>")


def _page() -> bytes:
    return ("<html><head><title>Hafen: Neue Kaianlagen geplant</title>"
            "<meta property='article:published_time' content='2031-05-11T08:00:00+02:00'></head><body>"
            f"<div class='Article'><h1>Neue Kaianlagen geplant</h1>{_STORY}{_COMMENTS}</div></body></html>").encode()


def test_comments_are_cut() -> None:
    article = html_article(_page(), url="https://www.example.de/hafen.html", source="t")
    assert "Neue Kaianlagen" in article.title
    assert "11:59" not in article.body
    assert "Wer bezahlt" not in article.body


def test_comments_give_no_events() -> None:
    article = html_article(_page(), url="https://www.example.de/hafen.html", source="t")
    events = extract_articles([article], reference=dt.date(2031, 5, 11), default_zone="Europe/Berlin").events
    assert not [e for e in events if e.start.hour in (10, 11)], [e.summary for e in events]  # type: ignore[union-attr]

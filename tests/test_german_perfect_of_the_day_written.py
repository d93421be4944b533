"""German tells what was said the day it writes in the perfect, its participle at the end ("Das hat die Bischöfin am
Montag, 7. Juni, den Gemeinden in einem Rundschreiben mitgeteilt"): that day, the page's own, names what was done as
it was written, not an event (pages-dev23 evang.at: a bishop's letter of the day of writing became an event). What
the letter tells is to come stays. A page in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract_articles
from parsers.html import html_article

PAGE = """<html lang="de"><head><title>Gottesdienste mit Maske › Kirchenblatt</title>
<meta property="article:published_time" content="2027-06-07T14:10:00+02:00"/></head>
<body><article><h1>Gottesdienste mit Maske</h1><p>07.06.2027</p>
<p>Musterstadt (kbl) – Ab Montag, 14. Juni, gelten in den Kirchen neue Regeln für den Gesang und die Abstände.
Das hat die Bischöfin am Montag, 7. Juni, den Gemeinden in einem Rundschreiben mitgeteilt. Die Chöre proben bis auf
Weiteres nur im Freien, und die Gemeinden sollen digitale Formate anbieten, wo es die Räume verlangen.</p>
</article></body></html>"""


def test_the_day_of_writing_told_in_the_german_perfect_is_no_event() -> None:
    article = html_article(PAGE.encode(), url="https://kirchenblatt.example.org/masken", source="kbl")
    events = extract_articles([article], reference=dt.date(2027, 6, 1)).events
    assert sorted(e.start for e in events) == [dt.date(2027, 6, 14)]

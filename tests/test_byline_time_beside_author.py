"""A byline sets the author's name and a <time> side by side ("<span class="meta__author">…</span> <time>…</time>"):
that time is the byline's, the page's stamp, even when its day is not the day the page declares in its metadata (a
newspaper's site declares the evening it went online, the byline gives the next morning's print edition). It was read
as an event (pages-dev24 tagblatt.ch: a review's byline '19.10.2019, 05:00 Uhr'). A page in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract_articles
from parsers.html import html_article

PAGE = """<html lang="de"><head><title>Orgelnacht im Münster: Klang bis in die Kuppel</title>
<meta itemprop="datePublished" content="2031-03-06"></head>
<body><article><header><h1>Orgelnacht im Münster: Klang bis in die Kuppel</h1>
<div class="teaser">Drei Organisten spielten abwechselnd bis nach Mitternacht, das Publikum blieb bis zum Schluss.</div>
<div class="infoline"><span class="infoline__author">Rita Beispiel</span>
<time class="infoline__date" datetime="2031-03-07T05:30:00.000Z">07.03.2031, 06:30 Uhr</time></div></header>
<p>Die Orgel des Münsters gilt als eine der größten der Region. Am Abend war sie in allen Registern zu hören, von
leisen Flöten bis zu den tiefen Pfeifen, die man mehr spürt als hört.</p>
<p>Die Veranstalter zeigten sich zufrieden und wollen die Reihe im kommenden Jahr fortsetzen.</p>
</article></body></html>"""


def test_the_time_beside_the_author_is_the_byline_not_an_event() -> None:
    article = html_article(PAGE.encode(), url="https://zeitung.example.ch/kultur/orgelnacht", source="zeitung")
    assert extract_articles([article], reference=dt.date(2031, 3, 1)).events == []

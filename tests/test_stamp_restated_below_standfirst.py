"""A trade paper's page gives its stamp under a kicker and a standfirst, then opens the body with the same date and a
dash ("24/09/2020 – Designers ..."): that date is the dateline again, not an event, although the standfirst already
ended the page's header (pages-dev23 edilportale.com: the body's first paragraph became an event of the stamp's day).
A page in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract_articles
from parsers.html import html_article

PAGE = """<html lang="it"><head><title>Nuove lampade da tavolo per lo studio</title>
<meta property="article:published_time" content="2027-04-12T09:00:00+02:00"/></head>
<body><article><p>ILLUMINAZIONE</p><h1>Nuove lampade da tavolo per lo studio</h1>
<p>Luce regolabile, consumi bassi e materiali riciclati sono i punti forti della nuova serie di lampade.</p>
<p>12/04/2027</p><p>1.204</p>
<p>12/04/2027 – Chi lavora al tavolo da disegno cerca una luce uniforme che non stanchi la vista durante le lunghe
giornate di lavoro. La nuova serie regola intensità e temperatura del colore con un solo comando.</p>
<p>Le lampade sono costruite con alluminio riciclato e si smontano facilmente per la riparazione.</p>
</article></body></html>"""


def test_the_stamp_restated_as_the_bodys_dateline_is_no_event() -> None:
    article = html_article(PAGE.encode(), url="https://rivista.example.it/lampade", source="riv")
    assert extract_articles([article], reference=dt.date(2027, 4, 1)).events == []

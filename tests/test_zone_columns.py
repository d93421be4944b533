"""A table's head may name the clock of its time column once ("Uhrzeit (MEZ)", "Time (ET)"): every row's time is on
that clock, though no row repeats the label. The rows were read on the clock of the town the story named (pages-dev24
spox.com: a schedule of Beijing events said in MEZ was read on China's clock). A page and lines in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract_articles
from parsers.html import html_article
from parsers.zonecolumns import zone_columns

PAGE = """<html lang="de"><head><title>Curling: die Spiele des Teams in Sapporo</title>
<meta property="article:published_time" content="2033-01-20T08:00:00Z"></head>
<body><article><h1>Curling: die Spiele des Teams in Sapporo</h1>
<p>Die Mannschaft reist zur Vorrunde nach Sapporo, wo sie zuerst auf die beiden Favoriten trifft.</p>
<table><tr><th>Spiel</th><th>Datum</th><th>Uhrzeit (MEZ)</th><th>Gegner</th></tr>
<tr><td>1</td><td>Freitag, 4. Februar 2033</td><td>13 Uhr</td><td>Norwegen</td></tr>
<tr><td>2</td><td>Samstag, 5. Februar 2033</td><td>6.30 Uhr</td><td>Schweden</td></tr>
</table>
<p>Alle Spiele zeigt der Verband live auf seinem Kanal.</p>
</article></body></html>"""


def test_the_rows_times_are_on_the_clock_the_head_names() -> None:
    article = html_article(PAGE.encode(), url="https://curling.example.de/news/sapporo", source="curling")
    events = extract_articles([article], reference=dt.date(2033, 1, 1), default_zone="America/Chicago").events
    starts = sorted(e.start.astimezone(dt.UTC).strftime("%m-%d %H:%M") for e in events
                    if isinstance(e.start, dt.datetime))
    assert starts == ["02-04 12:00", "02-05 05:30"]  # Central European time, not Japan's


def test_each_time_of_the_column_gets_the_label() -> None:
    lines = ["Tag   Datum   Uhrzeit (MEZ)   Wettkampf",
             "6   Mittwoch, 9. März   9 Uhr (Springen) / 12.30 Uhr (Lauf)   Einzel",
             "Die Zeiten können sich noch ändern."]
    labelled = "6   Mittwoch, 9. März   9 Uhr MEZ (Springen) / 12.30 Uhr MEZ (Lauf)   Einzel"
    assert zone_columns(lines) == [lines[0], labelled, lines[2]]

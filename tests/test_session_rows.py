"""Rows that each give a day and a short range of hours ("Tuesday, 11 March 14:00 – 15:45"), one under another, are
the sessions of a pool or a rink: each one a happening; rows whose ranges last a working day stay opening hours. A
heading further down a page ("Open swim", after a section of prices) names the rows under it, not the first heading
of the page (pages-dev15: a rink's public sessions were all dropped but the last, or named after an earlier
section). Pages and items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract, extract_articles
from parsers.html import html_article

ITEM = """Riverside pool this spring

Source: Riverside Leisure Centre

Published: 1 March 2031

{rows}
"""

# (rows, expected local starts, why)
ROWS = [
    ("Open swim:\n\nMonday, 10 March 13:45 – 15:30\n\nTuesday, 11 March 14:00 – 15:45\n\n"
     "Thursday, 13 March 13:45 – 15:30", ["2031-03-10 13:45", "2031-03-11 14:00", "2031-03-13 13:45"],
     "sessions of under two hours by day: each one a happening, not only the last"),
    ("Open swim:\n\nMonday, 10 March 10:00 – 13:00\n\nTuesday, 11 March 10:00 – 13:00",
     ["2031-03-10 10:00", "2031-03-11 10:00"], "three hours is still one sitting"),
    ("Desk opening hours:\n\nMonday, 10 March – 09:00 – 17:00\n\nTuesday, 11 March – 08:00 – 20:00", [],
     "ranges of a working day by day are a desk's opening hours: no happenings"),
]


@pytest.mark.parametrize(("rows", "expected", "why"), ROWS)
def test_short_ranges_by_day_are_sessions(rows: str, expected: list[str], why: str) -> None:
    events = [e for e in extract(ITEM.format(rows=rows), source="pool", reference=dt.date(2031, 3, 1),
                                 default_zone="UTC").events if not e.all_day]
    assert sorted(e.start.strftime("%Y-%m-%d %H:%M") for e in events) == expected, why


_PAGE = """<html><head><title>Riverside Leisure Centre</title></head><body>
<h1>Riverside Leisure Centre</h1>
<p>The new season of the Riverside pool starts on Monday, 10 March 2031, with longer sessions on weekdays.</p>
<h4>Spring news</h4>
<p>The sauna reopens after its repairs and the cafe sells hot soup again.</p>
<h4>Prices</h4>
<div><p>Children 2,50 EUR</p><p>Adults 5,00 EUR</p></div>
<h4>{section}</h4>
<div><p>Monday, 10 March 13:45 &#8211; 15:30</p>
<p>Tuesday, 11 March 14:00 &#8211; 15:45</p>
<p>Thursday, 13 March 13:45 &#8211; 15:30</p></div>
</body></html>"""


@pytest.mark.parametrize(("section", "why"), [
    ("Open swim", "the heading right over the rows names them"),
    ("Lane swimming", "whatever that heading says"),
])
def test_a_later_heading_names_the_rows_under_it(section: str, why: str) -> None:
    article = html_article(_PAGE.format(section=section).encode(), url="https://example.org/pool", source="pool")
    events = [e for e in extract_articles([article], reference=dt.date(2031, 3, 1), default_zone="UTC").events
              if not e.all_day]
    timed = {e.start.strftime("%Y-%m-%d %H:%M"): e.summary for e in events}
    for start in ("2031-03-10 13:45", "2031-03-11 14:00", "2031-03-13 13:45"):
        assert section in timed.get(start, ""), (why, timed)


# (row, expected local starts on that day, why): two ranges of one day joined by "and" in German or French are two
# sessions, as in English, and the row is named by its caption, not by "und 14:00 – 15:45 Uhr"
TWO_SITTINGS = [
    ("Samstag, 15. März 09:45 – 11:30 Uhr und 14:00 – 15:45 Uhr", ["2031-03-15 09:45", "2031-03-15 14:00"],
     "German 'und' between two ranges"),
    ("samedi 15 mars de 9h45 à 11h30 et de 14h00 à 15h45", ["2031-03-15 09:45", "2031-03-15 14:00"],
     "French 'et' between two ranges"),
    ("Saturday, 15 March 09:45 – 11:30 and 14:00 – 15:45", ["2031-03-15 09:45", "2031-03-15 14:00"],
     "English 'and', as before"),
]


@pytest.mark.parametrize(("row", "expected", "why"), TWO_SITTINGS)
def test_two_ranges_of_one_day_are_two_sessions(row: str, expected: list[str], why: str) -> None:
    rows = f"Open swim:\n\n{row}\n\nMonday, 17 March 13:45 – 15:30"
    events = [e for e in extract(ITEM.format(rows=rows), source="pool", reference=dt.date(2031, 3, 1),
                                 default_zone="UTC").events if not e.all_day]
    starts = sorted(e.start.strftime("%Y-%m-%d %H:%M") for e in events if e.start.day == 15)
    assert starts == expected, why
    assert not any(e.summary.lower().startswith(("und ", "et ")) for e in events), why

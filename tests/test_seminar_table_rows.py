"""A school's list of upcoming seminars as a table: the column headings "Seminar Date | Title | Venue", then one row
a seminar, its day and clock time in the first cell ("14/08/2030 - 11:00").

The first row's date is no stamp of the page, though it is the page's first date (htmldate takes it for the day of
publication): a cell under a column heading naming an event's date, and a row like the rows under it, is a
seminar's day. Pages and items in our own words and layout.
"""

from __future__ import annotations

import datetime as dt

from parsers import extract_articles
from parsers.html import html_article

_PAGE = """<!DOCTYPE html><html><head><title>Seminar List | School of Earth Sciences</title>
<meta property="og:site_name" content="School of Earth Sciences"></head><body>
<div id="header"><ul><li><a href="/">Home</a></li><li><a href="/study">Study</a></li></ul></div>
<div id="content"><h1>Seminar List</h1><h2>Upcoming Seminars</h2>
<table class="views-table"><thead><tr><th>Seminar Date</th><th>Title</th><th>Venue</th></tr></thead><tbody>
<tr><td class="views-field-seminar-date"><span class="date-display-single">14/08/2030 - 11:00</span></td>
<td><a href="/s1">Glaciers of the southern ranges</a></td><td>Room 2.14, Harbour Building, Hobart</td></tr>
<tr><td class="views-field-seminar-date"><span class="date-display-single">15/08/2030 - 15:00</span></td>
<td><a href="/s2">Sediment cores and what they keep</a></td><td>Room 2.16, Harbour Building, Hobart</td></tr>
</tbody></table><p>Past seminars are kept in the archive.</p></div>
<div id="footer">Enquiries: the school office</div></body></html>"""


def _events() -> list[tuple[str, str]]:
    article = html_article(_PAGE.encode(), url="https://example.edu/seminar-list", source="t")
    events = extract_articles([article], reference=dt.date(2030, 8, 1), default_zone="Europe/Brussels").events
    return [(f"{e.start:%Y-%m-%d %H:%M}" if isinstance(e.start, dt.datetime) else f"{e.start}", e.summary)
            for e in events]


def test_the_first_row_is_a_seminar_not_the_page_stamp() -> None:
    starts = [start for start, _ in _events()]
    assert "2030-08-14 11:00" in starts
    assert "2030-08-15 15:00" in starts


def test_a_row_like_the_rows_under_it_is_no_stamp_of_the_day_it_names() -> None:
    """The page's day (from its markup) is the first row's: the row, like the row under it, is a seminar's."""
    from model import Article

    body = ("Upcoming Seminars\n\nSeminar Date Title Venue\n"
            "- 14/08/2030 - 11:00 Glaciers of the southern ranges, Room 2.14, Hobart\n"
            "- 15/08/2030 - 15:00 Sediment cores and what they keep, Room 2.16, Hobart")
    article = Article(source="t", title="Seminar List", body=body, published=dt.date(2030, 8, 14))
    events = extract_articles([article], reference=dt.date(2030, 8, 1), default_zone="Europe/Brussels").events
    first = next(e for e in events if f"{e.start:%d}" == "14")
    assert "14/08/2030" not in first.summary
    assert not any("date inferred" in note for note in first.notes)

"""A list of meetings, newest first, each row a day and the links to the meeting's agenda and papers ("Thursday,
January 16, 2020 - Agenda", "March 5, 2026 | Agenda | Minutes"): the days are the meetings', not the publication
days of pieces in a press review, and the list is kept. A state utility commission's page (puc.pa.gov, pages-p31)
lost its nine public meetings with the press reviews. Pages in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract_articles
from parsers.html import html_article

COMMISSION = """<html><head><title>Public Meetings - State Transit Commission</title></head><body>
<h1>Public Meetings</h1>
<p>Meetings of the Commission are streamed on its website.</p>
<h2>Public Meeting Dates</h2>
{rows}
<h2>Contact</h2><p>Write to the secretary of the Commission.</p>
</body></html>"""

# (rows, the days of the list, why)
ROWS = [
    ("<p>Thursday, April 2, 2026 - <a href='/p/0402.pdf'>Agenda</a></p>"
     "<p>Thursday, March 19, 2026 - <a href='/p/0319.pdf'>Agenda</a></p>"
     "<p>Thursday, March 5, 2026 -&nbsp;<a href='/p/0305.pdf'>Agenda</a></p>",
     [dt.date(2026, 3, 5), dt.date(2026, 3, 19), dt.date(2026, 4, 2)], "a paragraph a meeting, a dash, the link"),
    ("<p>April 2, 2026 | <a href='/a/0402.pdf'>Agenda</a><br>"
     "March 19, 2026 | <a href='/a/0319.pdf'>Agenda</a> | <a href='/m/0319.pdf'>Minutes</a><br>"
     "March 5, 2026 | <a href='/a/0305.pdf'>Agenda</a> | <a href='/m/0305.pdf'>Minutes</a></p>",
     [dt.date(2026, 3, 5), dt.date(2026, 3, 19), dt.date(2026, 4, 2)], "lines of one paragraph, bars between links"),
]


@pytest.mark.parametrize(("rows", "days", "why"), ROWS)
def test_a_row_of_a_day_and_its_papers_is_a_day_of_the_list(rows: str, days: list[dt.date], why: str) -> None:
    page = COMMISSION.format(rows=rows).encode()
    article = html_article(page, url="https://transit.example.gov/meetings", source="t")
    events = extract_articles([article], reference=dt.date(2026, 2, 20), default_zone="America/New_York").events
    found = sorted(e.start if isinstance(e.start, dt.date) and not isinstance(e.start, dt.datetime)
                   else e.start.date() for e in events)
    assert found == days, why

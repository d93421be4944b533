"""A page whose article is a table of meetings: trafilatura gives the table's rows in Markdown form
("| Meeting - Board of Trustees | 04/08/2031 6:30 PM |"), bars the page never holds. The rows are found by
their cells, so the table is the article and not the whole page with its menus (or nothing at all)."""

from __future__ import annotations

import lxml.html

from parsers.html import html_article
from parsers.mainpart import main_container

_NAV = "".join(f'<li><a href="/s{i}">Service number {i} of the county</a></li>' for i in range(60))
_ROWS = "".join(
    f"<tr><td>Regular Meeting - Board of Trustees of the Harbour District</td><td>{day} 6:30 PM</td>"
    f"<td>Agenda: {day} Agenda</td></tr>"
    for day in ("04/08/2031", "04/22/2031", "05/13/2031")
)
PAGE = (
    "<!DOCTYPE html><html><head><title>Meetings | Harbour District, ME</title></head><body>"
    f'<header class="siteheader"><nav><ul>{_NAV}</ul></nav></header>'
    '<div class="sitebody"><div class="right_col">'
    '<header class="title_widget"><h1>Meetings</h1></header>'
    '<div class="events_widget content_area">'
    f"<table><tr><th>Event</th><th>Date/Time</th><th>Agenda</th></tr>{_ROWS}</table>"
    "</div></div></div>"
    '<footer class="page_footer"><p>Harbour District, 12 Quay Street, Portland, ME 04101</p></footer>'
    "</body></html>"
)
LOCATED = "\n".join(
    f"| Regular Meeting - Board of Trustees of the Harbour District | {day} 6:30 PM | Agenda: {day} Agenda |"
    for day in ("04/08/2031", "04/22/2031", "05/13/2031")
)


def test_markdown_rows_locate_the_table() -> None:
    root = lxml.html.document_fromstring(PAGE)
    assert main_container(root, LOCATED) is None  # the bars: no line of the page
    container = main_container(root, LOCATED, cells=True)
    assert container is not None
    assert "04/08/2031 6:30 PM" in container.text_content()
    assert "Service number 5" not in container.text_content()


def test_a_page_that_is_one_table_of_meetings_is_read() -> None:
    article = html_article(PAGE.encode(), url="https://www.example.org/meetings/", source="harbour")
    for day in ("04/08/2031", "04/22/2031", "05/13/2031"):
        assert f"{day} 6:30 PM" in article.body
    assert "Service number" not in article.body

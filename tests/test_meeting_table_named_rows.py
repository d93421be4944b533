"""A year's meetings as a table of bare days under column headings, one row naming a hearing of its own, then the
year's schedule as a list whose last days are not settled yet.

    2031 Hearing Schedule                         the caption: what the days are
    Hearing Date | Agenda | Minutes | Video        column headings: what the columns hold, not what the days are
    June 12 / May 15 Rate Review Hearing / May 15  a row naming its own happening does not end the list
    ...
    NOVEMBER 20, 2031 - TENTATIVE                  a day not settled yet is still a day of the list
    DECEMBER 18, 2031

Each day is one of the board's hearings, titled by the caption. A row with a note of what happens ends the list no
more than "No July hearing" does. Pages in our own words and layout.
"""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract_articles
from parsers.html import html_article

_PAGE = """<html><body><table width="100%"><tr><td>
<div align="center"><a href="years.htm">Other years</a>
<table border="2">
<tr><td colspan="4"><p>2031 Hearing Schedule</p></td></tr>
<tr><td><p>Hearing Date</p></td><td><p>Agenda</p></td><td><p>Minutes</p></td><td>Presentations</td><td>Video</td></tr>
<tr><td>June 12</td><td><a href="a6.pdf"><img alt="agenda" src="a.gif"></a></td><td></td><td></td></tr>
<tr><td>May 15 {named}</td><td><a href="a5b.pdf"><img alt="agenda" src="a.gif"></a></td><td></td><td></td></tr>
<tr><td>May 15</td><td><a href="a5.pdf"><img alt="agenda" src="a.gif"></a></td><td></td><td></td></tr>
<tr><td>April 17</td><td><a href="a4.pdf"><img alt="agenda" src="a.gif"></a></td><td></td><td></td></tr>
<tr><td>March 20</td><td><a href="a3.pdf"><img alt="agenda" src="a.gif"></a></td><td></td><td></td></tr>
</table></div>
<div align="center"><span><b>2031 Schedule</b><span>
<ul><li>MARCH 20, 2031</li><li>APRIL 17, 2031</li><li>MAY 15, 2031</li><li>JUNE 12, 2031</li>
<li>NO JULY HEARING</li><li>SEPTEMBER 18, 2031</li><li>NOVEMBER 20, 2031 - {settled}</li><li>DECEMBER 18, 2031</li>
</ul></span></span></div></td></tr></table></body></html>"""


def _days(page: str) -> dict[str, str]:
    article = html_article(page.encode(), url="https://example.org/board/2031", source="t")
    events = extract_articles([article], reference=dt.date(2031, 6, 20), default_zone="Europe/Brussels").events
    assert all(not isinstance(e.start, dt.datetime) for e in events)
    return {f"{e.start:%m-%d}": e.summary for e in events}


@pytest.mark.parametrize("settled", ["TENTATIVE", "Tentative", "(tentative)", "to be confirmed"])
def test_a_row_naming_its_own_hearing_and_an_unsettled_day_keep_the_list(settled: str) -> None:
    days = _days(_PAGE.format(named="Rate Review Hearing", settled=settled))
    assert sorted(days) == ["03-20", "04-17", "05-15", "06-12", "09-18", "11-20", "12-18"]


def test_the_days_are_named_by_the_caption_not_by_the_column_headings() -> None:
    days = _days(_PAGE.format(named="Rate Review Hearing", settled="TENTATIVE"))
    assert "Hearing Schedule" in days["09-18"]
    assert "Agenda" not in days["03-20"]
    assert "Minutes" not in days["09-18"]



def test_a_caption_that_names_the_minutes_is_no_row_of_column_headings() -> None:
    page = ("<html><head><title>Board of Trustees</title></head><body><main><h1>Board of Trustees</h1>"
            "<p>The board meets in the library hall.</p><h2>2031 Board Meeting Dates and Minutes</h2><ul>"
            "<li>July 8, 2031</li><li>August 12, 2031</li><li>September 9, 2031</li><li>October 14, 2031</li>"
            "</ul></main></body></html>")
    assert sorted(_days(page)) == ["07-08", "08-12", "09-09", "10-14"]

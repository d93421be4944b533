"""A scheduler widget's month view: its weekday header and its weeks are two tables inside a third.

Small pages we wrote in the layout a common ASP.NET scheduler draws (a city clerk's meeting calendar): the month
("Oct, 2031") in a heading above, an outer table whose first row holds a table of the weekday names ("Mon" ...
"Fri", a work week) and whose second row holds the table of weeks; each day cell holds its number and the
meetings in a dozen indented blocks, most of them empty. Each row says why; each rule has a row that fails
without it.
"""

from __future__ import annotations

import datetime as dt

import lxml.html
import pytest

from parsers import extract_articles
from parsers.html import html_article
from parsers.monthgrid import grid_month

_EMPTY = "<div class='wrap'>\n\n      </div>" * 12  # the widget's placeholder rows for more meetings in a day


def _cell(number: int, meeting: str = "") -> str:
    item = f"<div class='wrap'><div class='apt'><div><div><a href='#'>{meeting}</a></div></div></div></div>" \
        if meeting else ""
    return f"<td><div class='wrap date'><div class='box'><a href='#'>{number}</a></div></div>{item}{_EMPTY}</td>"


# October 2031 opens on a Wednesday; March 2031 on a Saturday, so that its work-week view shows no "1".
_OCTOBER = [[_cell(29), _cell(30), _cell(1), _cell(2, "Finance Committee 10:00 AM"), _cell(3)],
            [_cell(6), _cell(7), _cell(8, "Harbour Board 2:30 PM"), _cell(9), _cell(10)],
            [_cell(13), _cell(14), _cell(15, "City Council 9:30 AM"), _cell(16), _cell(17)]]
_MARCH = [[_cell(24), _cell(25), _cell(26), _cell(27), _cell(28)],
          [_cell(3), _cell(4, "Finance Committee 10:00 AM"), _cell(5), _cell(6, "Harbour Board 2:30 PM"), _cell(7)],
          [_cell(10), _cell(11), _cell(12, "City Council 9:30 AM"), _cell(13), _cell(14)]]


def _page(heading: str, weeks: list[list[str]], header_apart: bool = True) -> bytes:
    names = "".join(f"<th>{d}</th>" for d in "Mon Tue Wed Thu Fri".split())
    body = "".join("<tr>" + "".join(w) + "</tr>" for w in weeks)
    grid = (f"<table class='outer'><tr><td><table class='head'><tr>{names}</tr></table></td></tr>"
            f"<tr><td><div class='scroll'><table class='content'>{body}</table></div></td></tr></table>"
            if header_apart else f"<table class='content'><tr>{names}</tr>{body}</table>")
    return ("<html><head><title>Meetings</title></head><body><article><h1>Meetings</h1><p>Meetings of the City "
            "Council and its committees are open to the public. Agendas are posted three days before each meeting."
            f"</p><div class='top'><h2>{heading}</h2></div><div class='scheduler'>{grid}</div><p>Minutes are "
            "posted once the council approves them, and recordings of each meeting stay online for two years.</p>"
            "</article></body></html>").encode()


def _starts(page: bytes) -> list[tuple[str, str]]:
    article = html_article(page, url="https://example.org/calendar", source="t")
    events = extract_articles([article], reference=dt.date(2031, 1, 1), default_zone="America/Chicago").events
    return [(f"{e.start:%Y-%m-%d %H:%M}", e.summary) for e in events if isinstance(e.start, dt.datetime)]


@pytest.mark.parametrize(("page", "days", "why"), [
    (_page("Oct, 2031", _OCTOBER), ("2031-10-02", "2031-10-08", "2031-10-15"),
     "the weekday header in a table of its own above the weeks, the month with a comma"),
    (_page("October 2031", _OCTOBER), ("2031-10-02", "2031-10-08", "2031-10-15"), "the month written out"),
    (_page("Oct, 2031", _OCTOBER, header_apart=False), ("2031-10-02", "2031-10-08", "2031-10-15"),
     "the weekday header in the grid's own table, the cells indented in empty blocks"),
    (_page("March 2031", _MARCH), ("2031-03-04", "2031-03-06", "2031-03-12"),
     "a work week whose month opens on a weekend: the numbers starting again mark its first day"),
])
def test_each_meeting_falls_on_its_cell_day(page: bytes, days: tuple[str, str, str], why: str) -> None:
    starts = _starts(page)
    assert [start[:10] for start, _ in starts] == list(days), why
    assert [start[11:] for start, _ in starts] == ["10:00", "14:30", "09:30"], why
    assert "Finance Committee" in starts[0][1]
    assert "City Council" in starts[2][1]


@pytest.mark.parametrize(("heading", "month", "why"), [
    ("Oct, 2031", dt.date(2031, 10, 1), "a short month name, a comma and the year, as the widget writes it"),
    ("October 2031", dt.date(2031, 10, 1), "the month written out"),
    ("Agendas of 2031", None, "a year without a month names no month"),
])
def test_the_month_is_read_from_a_heading_outside_the_tables(heading: str, month: dt.date | None, why: str) -> None:
    root = lxml.html.document_fromstring(_page(heading, _OCTOBER))
    grid = next(t for t in root.iter("table") if t.get("class") == "content")
    assert grid_month(grid) == month, why

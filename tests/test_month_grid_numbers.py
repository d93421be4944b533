"""A calendar's month view whose cells give only the day's number: the month and year come from its heading.

Small pages we wrote in the layout such city calendars use: a "Month YYYY" heading (often in a table of
its own with the previous/next links), then a grid of weeks whose cells hold "4" and the day's items.
Each row says why; each rule has a row that fails without it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract_articles
from parsers.html import html_article

_HEAD = "<tr>" + "".join(f"<th>{d}</th>" for d in
                         "Sunday Monday Tuesday Wednesday Thursday Friday Saturday".split()) + "</tr>"
_PROSE = ("<p>Events on this calendar are listed for the convenience of residents. Times and places may change, "
          "so check with the office that runs an event before you set out, and use the form to send us yours.</p>")


def _cell(number: int, *items: str) -> str:
    inner = "".join(f"<div class='item'><span class='time'>{t}</span><a href='#'>{w}</a></div>"
                    for t, w in (item.split("|") for item in items))
    return f"<td>{number}<div class='items'>{inner}</div></td>" if items else f"<td>{number}</td>"


def _page(heading: str, weeks: list[list[str]]) -> bytes:
    title = f"<table class='month-title'><tr><td><a>&lt; Previous</a></td><td><h2>{heading}</h2></td>" \
            "<td><a>Next &gt;</a></td></tr></table>" if heading else ""
    grid = "<table class='grid'>" + _HEAD + "".join("<tr>" + "".join(w) + "</tr>" for w in weeks) + "</table>"
    return (f"<html><head><title>Town Calendar</title></head><body><article><h1>Town Calendar</h1>{_PROSE}"
            f"{title}{grid}{_PROSE}</article></body></html>").encode()


_APRIL = [
    [_cell(29), _cell(30), _cell(31, "|Harbour Lights Week"), _cell(1, "|Harbour Lights Week"),
     _cell(2, "6:30 PM|Tree Board", "|Harbour Lights Week"), _cell(3, "|Harbour Lights Week"), _cell(4)],
    [_cell(5), _cell(6, "5:00 PM|Town Council Meeting"), _cell(7, "5:00 PM|Town Council Meeting"),
     _cell(8), _cell(9), _cell(10), _cell(11)],
    [_cell(26), _cell(27), _cell(28), _cell(29), _cell(30, "10:00 AM|Seed Swap"), _cell(1, "9:00 AM|Bike Rodeo"),
     _cell(2)],
]


def _lines(page: bytes) -> list[str]:
    return html_article(page, url="https://example.org/calendar", source="t").body.splitlines()


@pytest.mark.parametrize(("heading", "line", "why"), [
    ("April 2031", "April 2, 2031 6:30 PM Tree Board", "the cell's number with the heading's month and year"),
    ("April 2031", "April 6, 2031 5:00 PM Town Council Meeting", "a timed item on two days is two meetings"),
    ("April 2031", "April 7, 2031 5:00 PM Town Council Meeting", "... the second of them"),
    ("April 2031", "March 31, 2031 – April 3, 2031 Harbour Lights Week",
     "an untimed item in the cells of consecutive days is one event over them; cells before the '1' are the "
     "month before"),
    ("April 2031", "May 1, 2031 9:00 AM Bike Rodeo", "the numbers start again after the 30th: the month after"),
    ("April 2031", "April 30, 2031 10:00 AM Seed Swap", "the month's last day"),
    ("April 2031 Apr 2031", "April 2, 2031 6:30 PM Tree Board", "a long and a short heading: the same month"),
    ("April 2031", None, "(no line for a day holding only its number)"),
])
def test_a_numbered_cell_names_its_day(heading: str, line: str | None, why: str) -> None:
    lines = _lines(_page(heading, _APRIL))
    if line is None:
        assert not any(text.startswith("April 8, 2031") for text in lines), why
    else:
        assert line in lines, why


def test_without_a_month_heading_the_numbered_cells_date_nothing() -> None:
    lines = _lines(_page("", _APRIL))
    assert not any("Tree Board" in text for text in lines), "a number alone names no month"


def test_a_german_heading_names_the_month() -> None:
    week = [_cell(1), _cell(2), _cell(3), _cell(4, "18:00 Uhr|Ortsbeirat"), _cell(5), _cell(6), _cell(7)]
    lines = _lines(_page("Mai 2031", [week]))
    assert "May 4, 2031 18:00 Uhr Ortsbeirat" in lines, "'Mai 2031' over the grid"


def test_the_grids_events_keep_their_days_and_span() -> None:
    page = _page("April 2031", _APRIL)
    article = html_article(page, url="https://example.org/calendar", source="t")
    events = extract_articles([article], reference=dt.date(2031, 3, 20)).events
    starts = {(e.summary, e.start.date() if isinstance(e.start, dt.datetime) else e.start) for e in events}
    assert ("Tree Board", dt.date(2031, 4, 2)) in starts
    week = next(e for e in events if "Harbour Lights" in e.summary)
    assert (week.start, week.end) == (dt.date(2031, 3, 31), dt.date(2031, 4, 4)), "one event, 31 March to 3 April"

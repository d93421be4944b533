"""A month view laid out as a calendar module writes it: the month in the table's own caption, each day's cell a label
("29 Monday") over a list of items, each item its name and then its clock time in a small-print span.

Small pages we wrote in that layout. Each row says why; each rule has a row that fails without it.
"""

from __future__ import annotations

import pytest

from parsers.html import html_article

_HEAD = "<thead><tr>" + "".join(f"<th>{d}</th>" for d in
                                "Sunday Monday Tuesday Wednesday Thursday Friday Saturday".split()) + "</tr></thead>"
_DAYS = "Sunday Monday Tuesday Wednesday Thursday Friday Saturday".split()


def _cell(number: int, weekday: int, *items: str, time_class: str = "fine-print") -> str:
    rows = "".join(f"<li class='day-row'><a href='#'>{name}</a><br><span class='{time_class}'>{clock}</span></li>"
                   for name, clock in (item.split("|") for item in items))
    return (f"<td><div class='day'><time class='day-number'>{number} <span class='dow'>{_DAYS[weekday]}</span></time>"
            f"<ul class='day-rows'>{rows}</ul></div></td>")


def _page(weeks: list[list[str]], caption: str = "March 2031") -> bytes:
    grid = (f"<div class='view-calendar'><table class='calendar-month'><caption>{caption}</caption>{_HEAD}<tbody>"
            + "".join("<tr>" + "".join(w) + "</tr>" for w in weeks) + "</tbody></table></div>")
    pager = "<ul class='pager'><li><a>Previous</a></li><li>March</li><li><a>Next</a></li></ul>"
    return ("<html><head><title>Board Calendar</title></head><body><article><h1>Board Calendar</h1>"
            "<p>Meetings of the board and its committees are held in the Council Chamber unless noted.</p>"
            f"<div class='view'>{pager}<div class='view-content'>{grid}</div></div></article></body></html>").encode()


_MARCH = [
    [_cell(23, 0), _cell(24, 1, "Harbour Board|10:00 am", "Closed Session|10:00 am", "Harbour Board|2:00 pm"),
     _cell(25, 2, "Harbour Board|2:00 pm"), _cell(26, 3), _cell(27, 4, "Parks Committee|1:00 pm"), _cell(28, 5),
     _cell(1, 6, "Audit Committee|9:00 am")],
    [_cell(2, 0), _cell(3, 1, "Harbour Board|2:00 pm"), _cell(4, 2, "Harbour Board|2:00 pm"), _cell(5, 3),
     _cell(6, 4), _cell(7, 5), _cell(8, 6)],
]


def _lines(page: bytes) -> list[str]:
    return html_article(page, url="https://example.org/board-calendar", source="t").body.splitlines()


@pytest.mark.parametrize(("line", "why"), [
    ("March 1, 2031 9:00 am Audit Committee",
     "the table's caption names the month when nothing but a pager (no year) stands before the grid"),
    ("February 24, 2031 10:00 am Harbour Board", "cells before the '1' are the month before, read from the caption"),
    ("February 24, 2031 10:00 am Closed Session", "each item of the cell's list is an item, not the cell's whole text"),
    ("February 24, 2031 2:00 pm Harbour Board",
     "the clock after the name, in a 'fine-print' span, is the item's time: small text, not a print button"),
    ("March 3, 2031 2:00 pm Harbour Board",
     "a timed item on consecutive days is a meeting on each, not one event over both"),
    ("March 4, 2031 2:00 pm Harbour Board", "... the second of them"),
])
def test_a_captioned_grid_of_listed_items(line: str, why: str) -> None:
    assert line in _lines(_page(_MARCH)), why


def test_a_cell_label_alone_is_no_item() -> None:
    lines = _lines(_page(_MARCH))
    assert not any("26 Thursday" in text or text.endswith("Thursday") for text in lines), \
        "a day's number and weekday ('26 Thursday') label the cell: no line of their own"


def test_a_time_class_of_another_name_reads_the_same() -> None:
    weeks = [[_cell(1, 0), _cell(2, 1, "Harbour Board|2:00 pm", time_class="event-time"), _cell(3, 2), _cell(4, 3),
              _cell(5, 4), _cell(6, 5), _cell(7, 6)]]
    assert "March 2, 2031 2:00 pm Harbour Board" in _lines(_page(weeks)), "the rule is the clock's place, not a class"

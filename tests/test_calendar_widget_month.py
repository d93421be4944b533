"""A calendar page built of a site's menus and one block classed as a widget ("content_area calendar_widget") that
holds the month view: "March 2031" over a grid headed "Sunday Monday ...", its day cells naming timed meetings
("10:00 AM Pension Board"). The grid is the page's content, not furniture. A sidebar's day picker (a grid of day
numbers with no timed item) and a grid in the page's frame (<aside>) stay furniture."""

from __future__ import annotations

import datetime as dt

from parsers import extract_articles
from parsers.html import html_article

_HEAD = "<tr>" + "".join(f"<th>{d}</th>" for d in ("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday",
                                                     "Friday", "Saturday")) + "</tr>"


def _grid(items: dict[int, str]) -> str:
    """March 2031 starts on a Saturday: a first row of six days of February, then the month's weeks."""
    cells = [f"<td>{n}</td>" for n in (23, 24, 25, 26, 27, 28)]
    for day in range(1, 32):
        item = f"<div class='calendar_items'><div class='calendar_item'>{items[day]}</div></div>" \
            if day in items else ""
        cells.append(f"<td>{day} {item}</td>")
    rows = ["".join(cells[i:i + 7]) for i in range(0, len(cells), 7)]
    return ("<div><table><tr><td><h2>March 2031</h2></td></tr></table></div><table class='calendar_grid'>"
            + _HEAD + "".join(f"<tr>{r}</tr>" for r in rows) + "</table>")


# The site's menus hold more text than the month view: the grid is no block holding most of the page.
_MENU = "<div class='menu'><ul>" + "".join(
    f"<li><a href='/{n}/{w}'>{n} {w}</a></li>"
    for n in ("Roads", "Parks", "Water", "Libraries", "Elections", "Finance", "Health", "Planning")
    for w in ("home", "forms", "staff", "reports")) + "</ul></div>"


def _events(block: str) -> list[str]:
    page = (f"<html><head><title>Calendar of Events</title></head><body>{_MENU}"
            f"<div class='main'>{block}</div></body></html>")
    article = html_article(page.encode(), url="https://example.org/calendar", source="t")
    events = extract_articles([article], reference=dt.date(2031, 2, 20), default_zone="America/Los_Angeles").events
    return sorted(f"{e.start.isoformat()[:16]} {e.summary}" for e in events)


_TIMED = {4: "<span>10:00 AM</span><a href='/e/1'>Pension Board</a>",
          18: "<span>1:30 PM</span><a href='/e/2'>Harbour Board</a>"}


def test_a_widget_holding_a_month_of_timed_meetings_is_the_page() -> None:
    found = _events(f"<div class='content_area calendar_widget' id='events_widget_1'>{_grid(_TIMED)}</div>")
    assert any(f.startswith("2031-03-04T10:00") and "Pension Board" in f for f in found), found
    assert any(f.startswith("2031-03-18T13:30") and "Harbour Board" in f for f in found), found


def test_a_day_picker_widget_stays_furniture() -> None:
    assert _events(f"<div class='calendar_widget'>{_grid({})}</div>") == []


def test_a_month_view_in_the_frame_stays_furniture() -> None:
    story = ("<article><h1>Roads department renews its fleet</h1>" + "<p>The county's road crews take delivery of"
             " twelve new graders, paid from the equipment fund the board set aside for the purpose.</p>" * 4
             + "</article>")
    assert _events(f"{story}<aside><div class='calendar_widget'>{_grid(_TIMED)}</div></aside>") == []

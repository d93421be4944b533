"""A meeting portal laid out in a table (the menu in one cell, the lists of meetings in the next), with an "Upcoming"
list and a "Past" list of the same rows, each row a block for its day and time, its document links and its board
(pages-dev15: a Granicus portal of a Georgia town read as one line, its meetings named after the page's menu, on
the default clock). Pages in our own words: a cell of many blocks is the page's sections, not a table's row; the
second list's rows are read as the first's; "Riverton,KS" in the title is a town and its state."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract_articles
from parsers.html import html_article

_ROW = ("<div class='Row MeetingRow'><div class='RowTop'><div class='RowLink'><a href='/m?{n}'>{day}</a></div>"
        "<div class='RowRight'><div><a href=''>Agenda</a></div><div><a href=''>Minutes</a></div>"
        "<div><a href='#'>Video</a></div></div></div><div class='RowBottom'><div class='RowDetails'>{board}</div>"
        "</div></div>")

_UPCOMING = [("Mar 3, 2031 6:30 PM", "Harbour Board - Regular Meeting"),
             ("Mar 5, 2031 6:00 PM", "Tree Commission - Tree Commission"),
             ("Mar 10, 2031 10:00 AM", "Library Trustees - Library Trustees")]
_PAST = [("Feb 24, 2031 6:30 PM", "Arts Council - Arts Council"),
         ("Feb 19, 2031 5:00 PM", "Parks Commission - Parks Commission"),
         ("Feb 17, 2031 6:30 PM", "Zoning Appeals - Zoning Appeals")]
_PAST_STARTS = ["2031-02-24 18:30", "2031-02-19 17:00", "2031-02-17 18:30"]  # the rows' local starts


def _section(name: str, rows: list[tuple[str, str]]) -> str:
    body = "".join(_ROW.format(n=n, day=day, board=board) for n, (day, board) in enumerate(rows))
    return f"<div class='Section'><div class='SectionHeader'>{name}</div><div>Full Calendar</div>{body}</div>"


def _page(title: str, upcoming: bool = True, past: bool = True) -> bytes:
    menu = "".join(f"<li><a href='/g{n}'>{g}</a></li>" for n, g in enumerate(
        ["Harbour Board", "Tree Commission", "Library Trustees", "Arts Council", "Parks Commission"]))
    content = (_section("Upcoming Meetings", _UPCOMING) if upcoming else "") \
        + (_section("Past Meetings", _PAST) if past else "")
    return (f"<html><head><title>{title}</title></head><body><table><tr><td class='menu'><ul>{menu}</ul></td>"
            f"<td class='content'><div>Print This Page</div>{content}</td></tr></table></body></html>").encode()


def _timed(page: bytes) -> dict[str, str]:
    article = html_article(page, url="https://portal.example.org/", source="portal")
    events = extract_articles([article], reference=dt.date(2031, 3, 1), default_zone="Europe/Brussels").events
    return {e.start.strftime("%Y-%m-%d %H:%M %Z"): e.summary for e in events if not e.all_day}


def test_each_row_of_a_portal_in_a_layout_table_is_a_meeting() -> None:
    timed = _timed(_page("Meeting Portal - Riverton, KS"))
    assert [start for start in sorted(timed) if start >= "2031-03"] == \
        ["2031-03-03 18:30 CST", "2031-03-05 18:00 CST", "2031-03-10 10:00 CDT"], \
        "a cell of many blocks is read as blocks: each row is a line of its own"
    assert "Harbour Board" in timed["2031-03-03 18:30 CST"], timed
    assert "Library" in timed["2031-03-10 10:00 CDT"], timed


def test_past_meetings_set_out_as_the_upcoming_ones_are_rows_too() -> None:
    timed = _timed(_page("Meeting Portal - Riverton, KS"))
    names = {start[:16]: summary for start, summary in timed.items()}
    for (_, board), start in zip(_PAST, _PAST_STARTS, strict=True):
        assert board.split(" - ")[0] in names.get(start, ""), (start, names)


@pytest.mark.parametrize(("title", "zone", "why"), [
    ("Meeting Portal - Riverton,KS", "CST", "a comma set tight between the town and its state"),
    ("Meeting Portal - Riverton, KS", "CST", "the same with its space"),
    ("Meeting Portal", "CET", "no place anywhere: the configured clock"),
])
def test_the_title_tells_the_town_and_its_state(title: str, zone: str, why: str) -> None:
    timed = _timed(_page(title, past=False))
    assert any(start.startswith("2031-03-03 18:30") and start.endswith(zone) for start in timed), (why, timed)

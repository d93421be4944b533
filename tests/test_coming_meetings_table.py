"""A meetings page that sets a short table "Upcoming Meetings" above a long archive of recordings in tabs ("Council
Meetings 2031", "Planning Board", ...) announces those coming meetings: when the located article is one of the
archive's tabs, the table beside the archive joins it, however deep the tab (pages-p36: a city's meeting portal gave
ten coming meetings, and only its archive's first tab was read). A table beside it headed otherwise ("Popular
downloads"), or one giving no clock time, stays out. Pages in our own words."""

from __future__ import annotations

import lxml.html

from parsers.mainpart import with_programme

TAB = ("<div class='tab' id='first'><p>Council Meetings 2030</p><table><tr><th>Name</th><th>Date</th></tr>"
       "<tr><td>Town Council Regular Session</td><td>Dec 03, 2030</td><td>01h 12m</td></tr>"
       "<tr><td>Town Council Regular Session</td><td>Nov 19, 2030</td><td>00h 58m</td></tr></table></div>")


def _read(heading: str, when: str = "February 4, 2031 - 07:00 PM") -> str:
    coming = (f"<div class='listing'><h3>{heading}</h3><table><tr><th>Name</th><th>Date</th></tr>"
              f"<tr><td>Town Council Regular Session</td><td>{when}</td></tr></table></div>")
    archive = (f"<div class='listing'><h3>Archived Recordings</h3><div class='tabs'><div class='tabgroup'>{TAB}"
               "<div class='tab'><p>Planning Board 2030</p></div></div></div></div>")
    root = lxml.html.document_fromstring(f"<html><body><div id='viewer'>{coming}{archive}</div></body></html>")
    container = root.get_element_by_id("first")
    return str(with_programme(container).text_content())


def test_the_coming_meetings_table_joins_the_archive_tab() -> None:
    assert "February 4, 2031 - 07:00 PM" in _read("Upcoming Meetings")
    assert "February 4, 2031 - 07:00 PM" in _read("Upcoming and In Progress Meetings")


def test_a_table_headed_otherwise_stays_out() -> None:
    assert "February 4, 2031" not in _read("Popular downloads")


def test_a_table_without_clock_times_stays_out() -> None:
    assert "February 4, 2031" not in _read("Upcoming Meetings", when="February 4, 2031")

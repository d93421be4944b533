"""A block of files under a heading that says so: "Resolutions & Related Documents", "Documents", "Unterlagen".

A state agency's page of an advisory committee (page set p55, michigan.gov, the Belle Isle Park Advisory Committee)
ends with a list "Resolutions & Related Documents" whose first links are "July 13, 2018 (draft)" and "Public Notice
of Meeting Date and Location Change - July 13, 2018": PDF files. The second became an all-day "Meeting" beside the
committee's timed meeting of that day. The days in a list of files name the files; the heading says it is one. The
pages below are ours.
"""

from __future__ import annotations

import datetime as dt

import parsers
from parsers.html import html_article

_REFERENCE = dt.date(2031, 1, 10)


def _page(heading: str) -> bytes:
    return ("<html><head><title>River Park Advisory Committee</title></head><body>"
            "<div id='main'><h1>River Park Advisory Committee</h1>"
            "<p>The River Park Advisory Committee advises the state on improvements and public safety in the park. "
            "The committee will meet on Thursday, March 13, 2031, at 6 p.m. at the park's boat house.</p>"
            "<p>The public is welcome to attend and to comment on the plans.</p>"
            f"<div class='comp list'><h2>{heading}</h2><ul>"
            "<li><a href='/docs/rpac-notice.pdf'>Public Notice of Meeting Date and Location Change - "
            "February 20, 2031</a></li>"
            "<li><a href='/docs/rpac-resolution.pdf'>Resolution to Recommend Approval of the Park Plan</a></li>"
            "<li><a href='/docs/rpac-report.pdf'>Annual Report (Fiscal Year 2030)</a></li>"
            "</ul></div></div></body></html>").encode()


def _days(heading: str) -> list[str]:
    article = html_article(_page(heading), url="https://example.org/rpac", source="x")
    events = parsers.extract(f"{article.title}\n\n{article.body}", source="x", reference=_REFERENCE).events
    return sorted(f"{e.start:%Y-%m-%d}" for e in events)


def test_a_notice_in_a_list_of_related_documents_is_no_meeting() -> None:
    # Without the rule: 2031-02-20 too, a "Meeting" named after the notice.
    assert _days("Resolutions &amp; Related Documents") == ["2031-03-13"]


def test_a_list_headed_documents() -> None:
    assert _days("Documents") == ["2031-03-13"]


def test_a_german_heading() -> None:
    assert _days("Unterlagen") == ["2031-03-13"]


def test_a_list_of_meetings_is_no_list_of_documents() -> None:
    # A heading that names no files keeps its list: the notice's day is read as before.
    assert "2031-02-20" in _days("Upcoming Meetings")

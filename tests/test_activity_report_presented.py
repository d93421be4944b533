"""A title that names a gathering about an activity report ("Presentation of the Activity Report 2029", "Media
advisory: launch of the Ombudsman's activity report") announces an event to come; only a title that is the report
itself ("Governor's activity report, October 2030") makes the page's rows history (pastpage.archive). Texts of our
own."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import pastpage

from .conftest import listed

ITEM = """{title}

Source: Example

Date: 12 May 2030
Time: 10:00
Place: Press room, Example House
"""


@pytest.mark.parametrize(("title", "why"), [
    ("Presentation of the Activity Report 2029", "the report the object of a presentation"),
    ("Media advisory: launch of the Ombudsman's activity report", "after an advisory's colon"),
])
def test_a_gathering_about_the_report_keeps_its_event(title: str, why: str) -> None:
    assert not pastpage.archive(title), why
    assert listed(ITEM.format(title=title), dt.date(2030, 4, 1)) == ["2030-05-12 10:00"], why


@pytest.mark.parametrize("title", ["Governor's activity report, October 2030",
                                   "Activity report of the Mayor, May 2030"])
def test_the_report_itself_is_an_archive(title: str) -> None:
    assert pastpage.archive(title)

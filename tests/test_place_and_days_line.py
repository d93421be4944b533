"""A body that opens with a line of only a place and a run of days ("Riyadh – 27-28 July 2016", "الرياض – 27و28
تموز/يوليو 2016", "Riyadh, Saudi Arabia, 27–28 July 2016") under a title that names the event is that event, there,
over those days. A regional office's workshop page had given nothing: the line was read as a line that only says
which day it is (the w113 helper, session 44). A single day is a dateline's, no such card. The Arabic "و" glued to
the first day's figure ("27و28") lists the second day. The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2016, 7, 1)
_BODY = "The regional office holds a workshop on the protection of heritage sites with experts from the region."


def _events(title: str, line: str, body: str = _BODY) -> list[tuple[str, str, str]]:
    text = f"{title}\n\nSource: Regional Office\n\n{line}\n\n{body}\n"
    return [(f"{e.start:%m-%d}", f"{e.end:%m-%d}", e.location.split(",")[0])
            for e in extract(text, source="test", reference=_REFERENCE).events]


@pytest.mark.parametrize("line", ["Riyadh – 27-28 July 2016", "Riyadh – 27 and 28 July 2016",
                                  "Riyadh, Saudi Arabia, 27–28 July 2016"])
def test_a_place_and_its_days_open_the_body(line: str) -> None:
    assert _events("Regional workshop on heritage sites", line) == [("07-27", "07-29", "Riyadh")]


def test_in_arabic_with_the_and_glued_to_the_first_day() -> None:
    body = "ينظم المكتب الإقليمي ورشة عمل حول حماية مواقع التراث بمشاركة خبراء من المنطقة."
    assert _events("ورشة إقليمية لحماية التراث", "الرياض – 27و28 تموز/يوليو 2016", body) == [
        ("07-27", "07-29", "Riyadh")]


def test_a_dateline_is_no_card() -> None:
    assert _events("Regional workshop on heritage sites", "Riyadh – 27 July 2016") == []

"""A date badge whose parts are elements of their own with nothing between them ("<span>May</span><span>7</span>
<span>9:30 AM</span>"): its style lays them apart, but their text runs together ("May79:30 AM") and no day or time is
read. A number right against another element's word or number is apart from it; a sub- or superscript ("CO<sub>2</sub>",
"7<sup>th</sup>") and an ordinal's letters still continue what they follow."""

from __future__ import annotations

import datetime as dt

from parsers import extract_articles
from parsers.html import html_article


def _card(month: str, day: str, clock: str, name: str) -> str:
    return (f"<div class='event'><div class='when'><span class='m'>{month}</span><span class='d'>{day}</span>"
            f"<span class='t'>{clock}</span></div><div class='what'><h3><a href='/e/{day}'>{name}</a></h3>"
            "<p class='where'>Hall B, 40 Quay Street, Riverton</p></div></div>")


def _page(body: str) -> bytes:
    return (f"<html><head><title>Events - Riverton Basin Commission</title></head><body><main><h1>Events</h1>{body}"
            "</main></body></html>").encode()


def test_badge_parts_are_read_apart() -> None:
    cards = ("<h2>May 2031</h2>" + _card("May", "7", "9:30 AM", "Water Quality Committee")
             + _card("May", "14", "1:00 PM", "Executive Board") + _card("May", "21", "10:00 AM", "Citizens Forum"))
    article = html_article(_page(cards), url="https://example.org/events", source="t")
    events = extract_articles([article], reference=dt.date(2031, 4, 1), default_zone="America/New_York").events
    assert sorted(str(e.start)[:16] for e in events) == ["2031-05-07 09:30", "2031-05-14 13:00", "2031-05-21 10:00"]


def test_sub_and_superscripts_still_continue_their_word() -> None:
    body = ("<p>The commission measured CO<sub>2</sub> and NO<sub>2</sub> at the quay on the 7<sup>th</sup> of May,"
            " and the 1<span>st</span> reading was high.</p>")
    text = html_article(_page(body), url="https://example.org/n", source="t").body
    for written in ("CO2", "NO2", "7th", "1st"):
        assert written in text, text

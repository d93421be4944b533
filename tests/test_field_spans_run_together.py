"""An event card whose fields are sibling elements with nothing between them ("<strong>Council Meeting</strong>
<span class='time'>Time: Monday, 7:00-9:00 PM</span><span class='location'>Location: City Hall</span>"): the page's
style lays them out as lines, but their text ran together ("... 9:00 PMLocation: ..."), the meridiem was lost and the
meeting was read at 7 in the morning. A capitalised word right against another element's word, number or stop starts
a field of its own; a word split across elements ("Mc<span>Donald</span>" has a lower-case start, "i<b>Phone</b>")
and sub- and superscripts still run on. Pages written for this test."""

from __future__ import annotations

import datetime as dt

from parsers import extract_articles
from parsers.html import html_article


def _card(day: str, name: str, clock: str, place: str) -> str:
    return (f"<a href='/m/{day}' class='event'><span class='date-icon'><span class='date'>{day}</span>"
            f"<span class='month'>Mar</span></span><strong class='title'>{name}</strong>"
            f"<span class='time'>Time: Tuesday, {clock}</span><span class='location'>Location: {place}</span>"
            "<span class='more'>Read More</span></a>")


def _page(body: str) -> bytes:
    return ("<html><head><title>Upcoming Meetings - Riverton Town Council</title></head><body><main>"
            f"<h1>Upcoming Meetings</h1><div class='events'>{body}</div>"
            "<footer>&copy; 2031 Riverton Town Council</footer></main></body></html>").encode()


def _starts(body: str) -> list[str]:
    article = html_article(_page(body), url="https://example.org/meetings", source="t")
    events = extract_articles([article], reference=dt.date(2031, 2, 20), default_zone="America/Chicago").events
    return sorted(str(e.start)[:16] for e in events if isinstance(e.start, dt.datetime))


def test_meridiem_at_the_end_of_a_field_is_kept() -> None:
    body = _card("11", "Finance Committee", "1:00-3:00 PM", "Town Hall, 12 Main Street") \
        + _card("18", "Town Council Meeting", "6:30-8:00 PM", "Council Chambers")
    assert _starts(body) == ["2031-03-11 13:00", "2031-03-18 18:30"]


def test_words_split_across_elements_still_run_on() -> None:
    body = ("<p>The Mc<span>Donald</span> family and the i<b>Phone</b> club met the Riverton<sup>TM</sup> team, "
            "as CO<sub>2</sub> readings rose.</p>")
    text = html_article(_page(body), url="https://example.org/n", source="t").body
    for written in ("McDonald", "iPhone", "RivertonTM", "CO2"):
        assert written in text, text


def test_a_name_styled_in_two_elements_stays_one_word() -> None:
    # (review: "<span>Mc</span><span>Donald</span>" is one name)
    page = (b"<html><head><title>Talk</title></head><body><main><h1>Talk</h1><p>A talk by Ann <span>Mc</span><span>"
            b"Donald</span> on Tuesday, 3 March 2031 at 7:00 PM in the Library.</p></main></body></html>")
    article = html_article(page, url="https://example.org/talk", source="t")
    assert "McDonald" in article.body

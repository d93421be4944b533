"""A page of tips for one holiday, each tip under its own heading: two of them start at the same hour. Each heading
names the entry under it, so two paragraphs of prose at one moment under two headings are two events, not one told
twice."""

from __future__ import annotations

import datetime as dt

from parsers import extract_articles
from parsers.html import html_article

_BOATHOUSE = ("<h4>Lantern evening at the old boathouse</h4>"
              "<p>Lanterns and hot soup are waiting on Tuesday, 4 November 2031, for everyone who brings a light.</p>"
              "<p>From 6 pm the old boathouse on the river turns into a glowing harbour for young and old alike.</p>")
_SPORTS = ("<h4>Bonfire party on the sports ground in Riverton</h4>"
           "<p>The Riverton rowing club invites all families on Tuesday, 4 November 2031, from 6 to 9 pm to a bonfire"
           " party on the sports ground behind the school.</p>")


def _events(body: str) -> list[str]:
    page = f"<html><head><title>Holiday tips</title></head><body><main><h1>Holiday tips</h1>{body}</main></body></html>"
    article = html_article(page.encode(), url="https://example.org/tips", source="t")
    events = extract_articles([article], reference=dt.date(2031, 11, 4), default_zone="Europe/Berlin").events
    return sorted(f"{str(e.start)[:16]} {e.summary}" for e in events)


def test_two_headed_entries_at_one_hour_stay_two() -> None:
    found = _events(_BOATHOUSE + _SPORTS)
    assert [f[:16] for f in found] == ["2031-11-04 18:00", "2031-11-04 18:00"], found


def test_a_when_field_under_another_heading_is_the_same_session() -> None:
    found = _events("<h4>Harbour Board elects its chair</h4><p>On Wednesday, 5 November 2031, the Harbour Board holds"
                    " its annual session in the Quay Hall in Riverton; the vote for the chair is set for 10:00 and"
                    " the vote for the deputy follows at 16:00.</p><h4>Details for reporters</h4>"
                    "<p>WHAT: Annual session of the Harbour Board</p>"
                    "<p>WHEN: Wednesday, 5 November 2031, starting 10:00</p><p>WHERE: Quay Hall, Riverton</p>")
    assert [f[:16] for f in found].count("2031-11-05 10:00") == 1, found

"""An event's card tells its day and hours twice, as a teaser and in full, in one list row ("Mar 13 Event Harbour
Board Meeting 6:30 pm to 8:00 pm Event Harbour Board Meeting March 13, 2031 6:30 pm to 8:00 pm, 2 hours"): the same
day again at the same hours is one meeting at those hours, not a day-long event. Pages in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract_articles
from parsers.html import html_article


def _events(row: str) -> list[str]:
    page = ("<html><head><title>Harbour Board</title></head><body><main><h1>Harbour Board</h1>"
            f"<p>The board sets the harbour dues.</p><h2>Events</h2><ul><li>{row}</li></ul></main></body></html>")
    article = html_article(page.encode(), url="https://example.org/board", source="t")
    events = extract_articles([article], reference=dt.date(2031, 2, 20), default_zone="America/Denver").events
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" if not e.all_day else f"{e.start:%Y-%m-%d} all day" for e in events)


def test_a_card_telling_its_day_and_hours_twice_is_one_timed_meeting() -> None:
    assert _events("Mar 13 Event Harbour Board Meeting 6:30 pm to 8:00 pm Event Harbour Board Meeting March 13, 2031"
                   " 6:30 pm to 8:00 pm, 2 hours Details to follow") == ["2031-03-13 18:30"]


def test_the_card_laid_out_in_its_own_lines_too() -> None:
    assert _events("<div>Mar</div><div>13</div><div>Event</div><h3>Harbour Board Meeting</h3><div>6:30 pm</div>"
                   "<div>to</div><div>8:00 pm</div><div>Event</div><h3>Harbour Board Meeting</h3>"
                   "<div>March 13, 2031</div><div>6:30 pm</div><div>to</div><div>8:00 pm</div><div>, 2 hours</div>"
                   "<p>Details to follow</p>") == ["2031-03-13 18:30"]


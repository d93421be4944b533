"""The last day of a list at the body's standing time, with a heading right under it ("- Wednesday, December 16,
2020" / "Current Year Board Agendas and Meeting Minutes"), is a day of the list at its time: read alone, all day
and titled by that heading, it had taken the list's place. A state board's public-meetings page (lcb.pa.gov,
pages-p31) gave its last meeting all day. Pages in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract_articles
from parsers.html import html_article

PAGE = b"""<html><head><title>Hearings - State Water Resources Board</title></head><body>
<h1>Public Hearings</h1>
<p>Hearings begin at 9:30 AM in Hearing Room 2 of the Resources Building in Sacramento, CA.<br><br>
The hearing calendar for the year:</p>
<blockquote>- Tuesday, March 3, 2026<br>- Tuesday, April 7, 2026<br>- Tuesday, May 5, 2026</blockquote>
<h2>Past Hearing Notices and Decisions</h2>
<p>Notices of earlier hearings are kept for five years.</p>
</body></html>"""


def test_the_lists_last_day_keeps_the_lists_time() -> None:
    article = html_article(PAGE, url="https://water.example.gov/hearings", source="t")
    events = extract_articles([article], reference=dt.date(2026, 2, 20), default_zone="America/New_York").events
    starts = sorted(str(e.start)[:16] for e in events)
    assert starts == ["2026-03-03 09:30", "2026-04-07 09:30", "2026-05-05 09:30"], starts

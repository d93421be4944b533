"""A table of figures pasted one row a line, under heads that name measures and no clock ("Player Reason Status
Rating" / "Doubtful 7.16"): the figures are ratings, not clock times (pages-p38, a football preview's list of missing
players). A table headed by a clock keeps its times. Texts in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract_articles
from parsers.html import html_article


def _events(body: str) -> list[str]:
    page = f"<html><head><title>Preview</title></head><body><main>{body}</main></body></html>"
    article = html_article(page.encode(), url="https://example.org/p", source="t")
    events = extract_articles([article], reference=dt.date(2031, 3, 10), default_zone="Europe/London").events
    return sorted(f"{str(e.start)[:16]} {e.summary}" for e in events)


PREVIEW = ("<h1>Riverside v Harbour Town preview</h1><p>Kick off: 19:45, Saturday 15 March 2031, at the Quay Ground,"
           " Hull.</p><h2>Missing players</h2><table>"
           "<tr><th>Player</th><th>Reason</th><th>Status</th><th>{head}</th></tr>"
           "<tr><td></td><td></td><td>Doubtful</td><td>7.16</td></tr>"
           "<tr><td></td><td></td><td>Doubtful</td><td>6.41</td></tr>"
           "<tr><td></td><td></td><td>Out</td><td>N/A</td></tr></table>")


def test_figures_under_a_rating_head_are_no_clock_times() -> None:
    found = _events(PREVIEW.format(head="Rating"))
    assert [e for e in found if e.startswith("2031-03-15 07") or e.startswith("2031-03-15 06")] == [], found
    assert any(e.startswith("2031-03-15 19:45") for e in found), found


def test_figures_under_an_average_score_head() -> None:
    found = _events(PREVIEW.format(head="Average score"))
    assert not any(e[11:13] in ("06", "07") for e in found), found


def test_a_table_headed_by_its_start_keeps_its_times() -> None:
    found = _events("<h1>Open day, Saturday 15 March 2031</h1><p>At the Quay Ground, Hull.</p><table>"
                    "<tr><th>Session</th><th>Points of interest</th><th>Start</th></tr>"
                    "<tr><td>Stadium tour</td><td>Dressing rooms</td><td>10.30</td></tr></table>")
    assert any(e.startswith("2031-03-15 10:30") for e in found), found

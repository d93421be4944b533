"""A list of services headed week by week: "Woche 45 | 08.11 - 14.11". After a week's number the two dotted figures
are the week's first and last days (the month's stop left out), not a span of clock times from 08:11 to 14:11
(pages-p38, a church's list of services). Texts in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract_articles
from parsers.dates import find_mentions
from parsers.html import html_article


def _events(body: str) -> list[str]:
    page = f"<html><head><title>Gottesdienste</title></head><body><main>{body}</main></body></html>"
    article = html_article(page.encode(), url="https://example.org/g", source="t")
    events = extract_articles([article], reference=dt.date(2026, 12, 5), default_zone="Europe/Zurich").events
    return sorted(f"{str(e.start)[:16]}" for e in events)


def test_a_weeks_days_are_no_clock_times() -> None:
    found = _events("<h1>Gottesdienste</h1><ul><li>Woche 45 | 08.11 - 14.11</li>"
                    "<li>Di, 09.11., 16:30 Uhr<br>Andacht im Seniorenzentrum<br>Baar</li>"
                    "<li>Woche 46 | 15.11 - 21.11</li><li>So, 21.11., 09:30 Uhr<br>Gottesdienst<br>Cham</li></ul>")
    assert found == ["2021-11-09 16:30", "2021-11-21 09:30"], found


def test_the_week_line_is_a_span_of_days() -> None:
    mentions = find_mentions("KW 46: 15.11-21.11")
    assert [(m.kind, m.first.day if m.first else None, m.last.day if m.last else None) for m in mentions] == [
        ("span", 15, 21)], mentions


def test_clock_times_without_a_week_number_stay_times() -> None:
    mentions = find_mentions("Probe 08.11 - 14.11 Uhr im Saal")
    assert [m.kind for m in mentions] == ["time"], mentions

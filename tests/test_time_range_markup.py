"""A range marked up as two <time> elements, each with its machine instant: "<time datetime=...>Fri, Jul 4 2025,
11am</time> - <time datetime=...>3pm</time>", as Drupal's smart-date fields and event calendars print an event's hours.

A city's event page (a summer food fair on four Fridays) gave its dates so, with no publication date: the page's date
was guessed from the first <time>, and the field holding that day's start and end was cut as the page's stamp, with
every date in it. A stamp gives the one minute a page was posted; a start and an end are an event's hours. The pages
are our own.
"""

from __future__ import annotations

import datetime as dt

from parsers import extract_articles
from parsers.html import html_article


def _when(*days: str, start: str = "11:00", end: str = "15:00", offset: str = "-07:00") -> str:
    items = "".join(
        f"<div class='field__item'><time datetime='{d}T{start}:00{offset}' class='datetime'>"
        f"{dt.date.fromisoformat(d).strftime('%a, %b %-d %Y')}, {int(start[:2]) % 12 or 12}am</time> - "
        f"<time datetime='{d}T{end}:00{offset}' class='datetime'>{int(end[:2]) % 12 or 12}pm</time></div>"
        for d in days)
    return f"<div class='field field--name-field-when field--type-smartdate field__items'>{items}</div>"


def _starts(body: str) -> list[dt.datetime]:
    page = f"<html><head><title>Events</title></head><body><main>{body}</main></body></html>"
    article = html_article(page.encode(), url="https://example.org/events/fair", source="t")
    events = extract_articles([article], reference=dt.date(2025, 5, 1), default_zone="Europe/Brussels").events
    return sorted(e.start.astimezone(dt.UTC) for e in events)


def test_every_date_of_a_fair_in_its_own_clock() -> None:
    found = _starts("<h1>Riverside Craft Fair</h1>" + _when("2025-07-05", "2025-07-19", "2025-08-02")
                    + "<p>Location: Riverside Park</p><p>Makers from across the valley sell their work at the park"
                      " on three Saturdays this summer.</p>")
    assert found == [dt.datetime(2025, 7, d, 18, tzinfo=dt.UTC) for d in (5, 19)] \
        + [dt.datetime(2025, 8, 2, 18, tzinfo=dt.UTC)], found


def test_a_single_date_with_its_start_and_end() -> None:
    found = _starts("<h1>Museum Lates</h1>" + _when("2025-09-12", start="10:00", end="12:00", offset="-04:00")
                    + "<p>Location: Harbour Museum, Halifax</p><p>Talks and music in the galleries.</p>")
    assert found == [dt.datetime(2025, 9, 12, 14, tzinfo=dt.UTC)], found

"""A line that gives only the minute a release was issued, after a word of publishing and "at", with its clock's label
("Issued at HKT 16:30" under "Ends/Wednesday, September 13, 2023", as Hong Kong's government closes each release;
"Posted at 09:14 GMT") is the release's stamp, not an event at that minute (world-fiftyfirst 13: a statistics office's
release schedule was published as an event at 16:30 on its day of issue). A time said for an event stays. Items in
our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = """{title}

Source: {source}

{body}
"""


def _starts(title: str, source: str, body: str, zone: str) -> list[str]:
    events = extract(ITEM.format(title=title, source=source, body=body), source="x", reference=dt.date(2030, 9, 1),
                     default_zone=zone).events
    return sorted(e.start.isoformat() for e in events)


def test_issued_at_under_ends() -> None:
    body = ("The Example Department announced today (September 13) its list of publications for 2031. The list, "
            "with 80 titles, is on the department's website.\n\nEnquiries may be made on 2500 0000.\n\n"
            "Ends/Friday, September 13, 2030\nIssued at HKT 16:30")
    assert _starts("Example Department publishes its 2031 list", "Example Department, Hong Kong", body,
                   "Asia/Hong_Kong") == []


def test_posted_at_with_a_label_after() -> None:
    body = ("The harbour authority has renewed its licence for the ferry service for five years.\n\n"
            "Friday 13 September 2030\nPosted at 09:14 GMT")
    assert _starts("Ferry licence renewed", "Harbour Authority of Example", body, "Europe/London") == []


def test_a_time_said_for_a_briefing_stays() -> None:
    body = "The department will hold a briefing on the list at 16:30 HKT on Friday, 13 September 2030."
    assert _starts("Briefing on the 2031 list", "Example Department, Hong Kong", body,
                   "Asia/Hong_Kong") == ["2030-09-13T16:30:00+08:00"]

"""The hour every release of a schedule comes out ("will issue each press release on the schedule at 4.30pm on its
release day", "figures are published at 9:30 on the day of publication") is a rule, not an event on the day the
schedule is announced (world-fiftyfirst 13: a statistics office's release schedule gave an event at 16:30 on its day of
issue). A release told for one day at a press conference stays. Items in our own words."""

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


def test_each_release_at_an_hour_on_its_release_day() -> None:
    body = ("Published 13 September 2030\n\nThe Statistics Bureau of Example has put its calendar of releases for "
            "2031 online. The Information Office will issue each bulletin on the calendar at 4.30pm on its release "
            "day.")
    assert _starts("Release calendar for 2031", "Statistics Bureau of Example", body, "Asia/Hong_Kong") == []


def test_at_an_hour_on_the_day_of_publication() -> None:
    body = ("Published 2 September 2030\n\nThe office's monthly figures come out at 9:30 on the day of publication, "
            "on its website.")
    assert _starts("How figures are published", "Statistics Office of Example", body, "Europe/London") == []


def test_a_release_at_a_press_conference_stays() -> None:
    body = "The bureau will release the census results at a press conference at 10am on 14 September 2030."
    assert _starts("Census results", "Statistics Bureau of Example", body,
                   "Asia/Hong_Kong") == ["2030-09-14T10:00:00+08:00"]

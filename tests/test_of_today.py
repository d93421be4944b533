""""The needs of today", "the jobs of today and of tomorrow", "the challenges of today": "today" after "of" and a
noun is the present age, no day; a sentence with it names no event of the item's day. Shown by world-fiftysixth item
6 (City of Winnipeg), whose "Station #13 ... no longer meets the needs of today" was published as a meeting on the
release's day."""

from __future__ import annotations

import datetime as dt

from parsers import extract


def _days(text: str) -> list[str]:
    return [e.start.isoformat()[:10] for e in extract(text, source="t", reference=dt.date(2024, 1, 1)).events]


def test_needs_of_today_is_no_day() -> None:
    text = ("A new fire hall for the east end\n\nSource: City of Regina\n\nMarch 3, 2016\n\n"
            "Fire Hall #4 as it stands no longer meets the needs of today, and the building is too small for the "
            "trucks the service now runs.\n")
    assert _days(text) == []


def test_jobs_of_today_is_no_day() -> None:
    text = ("A curriculum for a changing world\n\nSource: Ministry of Education\n\n12 May 2021\n\n"
            "The reformed curriculum meets the demands of today and of tomorrow, the minister said.\n")
    assert _days(text) == []


def test_leaders_of_tomorrow_is_no_day() -> None:
    text = ("Youth forum report\n\nSource: Ministry of Youth\n\n12 May 2021\n\n"
            "The programme trains the leaders of tomorrow in public speaking, the minister said at the meeting.\n")
    assert _days(text) == []


def test_meeting_today_keeps_its_day() -> None:
    text = ("Council meets\n\nSource: City of Regina\n\nMarch 3, 2016\n\n"
            "The council meets today at 4 p.m. in the council chamber.\n")
    assert _days(text) == ["2016-03-03"]

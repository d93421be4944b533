""""IST" with no place that settles it is India Standard Time, which releases mean by it far more often than
Ireland's summer clock; an Irish place still makes it Ireland's, an Israeli one Israel's (an Indian company's meeting
"at 11:00 A.M. (IST) through Video Conferencing" was read on Dublin's clock, met probing world-twentyseventh's family;
every "IST" of the developed sets is India's). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

# (body, expected (UTC start, zone), why)
CASES = [
    ("The 35th Annual General Meeting of the members of Sundar Textiles Limited will be held on Thursday, "
     "September 26, 2024 at 11:00 A.M. (IST) through Video Conferencing.", ("2024-09-26 05:30", "Asia/Kolkata"),
     "no place: India's clock"),
    ("The minister speaks in Cork on 10 July 2024 at 10:00 IST.", ("2024-07-10 09:00", "Europe/Dublin"),
     "an Irish town: Ireland's summer clock"),
    ("The board meets in Chennai on 10 July 2024 at 10:00 IST.", ("2024-07-10 04:30", "Asia/Kolkata"),
     "an Indian town: India's clock"),
]


@pytest.mark.parametrize(("body", "expected", "why"), CASES)
def test_ist_without_place(body: str, expected: tuple[str, str], why: str) -> None:
    text = f"Notice\n\nSource: Company secretary\n\nPublished: 20 June 2024\n\n{body}\n"
    events = [e for e in extract(text, source="ist", reference=dt.date(2026, 1, 20)).events if not e.all_day]
    assert [(e.start.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M"), e.timezone) for e in events] == [expected], why

"""A time of the 24-hour clock whose hour and minutes are parted by a space, before the word that says clock:
"from 09 00 hrs to 17 30 hrs", "at 14 30 hrs" (as releases of Mauritius's ministries and some Commonwealth forces
write it). world-sixtyfourth item 11 (a civil-service kermesse "open to the public from 09 00 hrs to 17 30 hrs")
showed it: the day was read, the time was not. The time is read as "0900 hrs" is; a figure and "hours" that say a
while ("24 hours") are not. Each text is our own words."""

from __future__ import annotations

import pytest

from parsers import extract

from .conftest import REFERENCE

NOTICE = """{title}

Source: {source}

{body}
"""


def _times(title: str, source: str, body: str) -> list[tuple[str, str]]:
    events = extract(NOTICE.format(title=title, source=source, body=body), source="spaced",
                     reference=REFERENCE).events
    return sorted((f"{e.start:%Y-%m-%d %H:%M %z}", f"{e.end:%H:%M}") for e in events if not e.all_day)


@pytest.mark.parametrize(("title", "source", "body", "expected"), [
    ("Open day at the fire station", "Ministry of Local Government, Mauritius",
     "Port Louis, 2 March 2027\n\nThe fire station of Rose Hill holds its open day on Sunday 14 March 2027, "
     "from 09 00 hrs to 16 30 hrs.",
     [("2027-03-14 09:00 +0400", "16:30")]),
    ("Passing-out parade", "Sri Lanka Army",
     "Colombo, 1 March 2027\n\nThe passing-out parade of the new cadets takes place at Diyatalawa on Friday "
     "19 March 2027 at 14 30 hrs.",
     [("2027-03-19 14:30 +0530", None)]),
    ("Blood donation drive", "Ministry of Health and Wellness, Mauritius",
     "Port Louis, 3 March 2027\n\nA blood donation session is held at the Municipal Hall of Curepipe on "
     "Saturday 20 March 2027 between 08 30 hrs and 12 00 hrs.",
     [("2027-03-20 08:30 +0400", "12:00")]),
    # the word said once, at the range's end (its start was read as midnight, "00 to 17 30 hrs")
    ("Open day at the library", "Ministry of Education, Mauritius",
     "Port Louis, 4 March 2027\n\nThe public library of Quatre Bornes holds its open day on Sunday 21 March 2027 "
     "from 09 00 to 17 30 hrs.",
     [("2027-03-21 09:00 +0400", "17:30")]),
])
def test_spaced_hours_are_read(title: str, source: str, body: str, expected: list[tuple[str, str | None]]) -> None:
    # (None: no end is written; presscal's estimate of the end is not this test's business.)
    found = _times(title, source, body)
    assert len(found) == len(expected)
    pairs = zip(found, expected, strict=True)
    assert [(start, end if want is not None else None) for (start, end), (_, want) in pairs] == expected


def test_a_while_in_hours_is_no_time() -> None:
    """'within 24 hours' and '48 hours' say how long, with no minutes after a space: no time is made of them."""
    body = ("Port Louis, 2 March 2027\n\nThe result of the tests is known within 24 hours; the open day on Sunday "
            "14 March 2027 lasts 8 hours.")
    assert _times("Open day", "Ministry of Local Government, Mauritius", body) == []

"""A line that gives only the minute a release went out, after a publishing word and a colon ("Released: 10:00 a.m.",
"Issued: 14:30"), is the release's stamp, as "Issued at HKT 16:30" is, not an event at that hour. Shown by
world-fiftysixth item 6 (City of Winnipeg), whose "Released: 10:00 a.m." was published as a meeting."""

from __future__ import annotations

import datetime as dt

from parsers import extract


def _starts(text: str) -> list[str]:
    return [e.start.isoformat()[:16] for e in extract(text, source="t", reference=dt.date(2024, 1, 1)).events]


def test_released_colon_time_is_a_stamp() -> None:
    text = ("City opens a new arena\n\nSource: City of Regina\n\nNews Releases\n\nOctober 30, 2017\n\n"
            "Released: 10:00 a.m.\n\nRegina, SK - The arena that replaces the old rink is ready, and the City has "
            "work under way on its parking lot.\n\nThe ribbon is cut on Thursday, November 2, at 4 p.m.\n")
    assert _starts(text) == ["2017-11-02T16:00"]


def test_issued_colon_time_is_a_stamp() -> None:
    text = ("Water main repair\n\nSource: Town of Oakville\n\n12 March 2019\n\nIssued: 14:30\n\n"
            "Crews are repairing a water main on Lakeshore Road, and the road stays closed to traffic while "
            "the work goes on.\n\nResidents may bring questions to an information session on Monday, 18 March 2019, "
            "at 19:00 in the town hall.\n")
    assert _starts(text) == ["2019-03-18T19:00"]

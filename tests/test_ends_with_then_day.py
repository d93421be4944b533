"""A counted event whose last day is told by what closes it: "a four-day conference ... that ends with the summit of
the leaders on Apr 8", "a three-day festival that closes with a gala on Saturday": the day is the last of the count,
the run ending there, not its first (a four-day run from Apr 8 was published); the closing act is an event of its own on
that day, beside the run. Seen in world-hundredfortyfourth item
11 (a development bloc's conference). Texts in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 12, 3)


def _runs(body: str) -> list[tuple[str, str]]:
    item = f"Conference\n\nSource: Regional Forum\n\n{body}\n"
    return [(e.start.isoformat()[:10], e.end.isoformat()[:10])
            for e in extract(item, source="en", reference=_REFERENCE).events]


def test_the_day_of_what_ends_it_is_the_last() -> None:
    body = ("Published 2 March 2027\n\nKenya hosts a three-day forum of the regional bloc in Nairobi that ends with "
            "the meeting of the ministers on March 12.")
    assert sorted(_runs(body)) == [("2027-03-10", "2027-03-13"), ("2027-03-12", "2027-03-13")]


def test_a_day_said_to_open_it_stays_the_first() -> None:
    body = "Published 2 March 2027\n\nKenya hosts a three-day forum of the regional bloc in Nairobi from March 12."
    assert _runs(body) == [("2027-03-12", "2027-03-15")]

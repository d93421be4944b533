"""Rows of a programme that a number opens ("2. 11 October 2022 – General debate") or whose day an aside follows
("Thursday 6 October (TBC): ...", "Friday 7 October (afternoon): ...", "(Suva): ..."). The number is no part of the
title and does not hide the day (the second row of three was lost, the others titled "1. – Opening ..."); a weekday
date opening a line is a programme's day, not a wire's dateline ("Kuala Lumpur, Nov 9 (IANS):" names its town), so
its row is read; an aside of the time of day leaves the title, one naming a town gives the place. Items in our own
words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

HEAD = "Programme of the session\n\nSource: Island Assembly\n\nPublished: 30 September 2022\n\n"

# (body, expected (day, summary, location) of each event, why)
CASES = [
    ("1. 10 October 2022 – Opening of the session\n2. 11 October 2022 – General debate\n"
     "3. 14 October 2022 – Closing of the session",
     [("2022-10-10", "Meeting: Opening of the session", ""), ("2022-10-11", "General debate", ""),
      ("2022-10-14", "Meeting: Closing of the session", "")], "numbered rows"),
    ("(a) 10 October 2022: Opening of the session\n(b) 11 October 2022: General debate",
     [("2022-10-10", "Meeting: Opening of the session", ""), ("2022-10-11", "General debate", "")], "lettered rows"),
    ("Thursday 6 October (TBC): The Speaker visits the port of Suva.",
     [("2022-10-06", "Visit: Speaker visits the port of Suva", "Suva, Fiji")], "no wire dateline"),
    ("Thursday 6 October (morning): The Speaker visits the port of Suva.\n"
     "Friday 7 October (afternoon): The Speaker opens the new archive.",
     [("2022-10-06", "Speaker visits the port of Suva", ""), ("2022-10-07", "Speaker opens the new archive", "")],
     "parts of the day leave the titles"),
    ("- Friday 7 October (Suva): Opening of the new archive",
     [("2022-10-07", "Opening of the new archive, Suva", "Suva, Fiji")], "an aside naming a town"),
]


@pytest.mark.parametrize(("body", "expected", "why"), CASES)
def test_numbered_and_aside_rows(body: str, expected: list[tuple[str, str, str]], why: str) -> None:
    events = extract(HEAD + body + "\n", source="rows", reference=dt.date(2026, 12, 3)).events
    assert [(str(e.start), e.summary, e.location) for e in events] == expected, why


def test_a_wire_dateline_still_dates_its_story() -> None:
    item = ("Talks resume\n\nSource: Regional Wire\n\n"
            "KUALA LUMPUR, Nov 9 (Wire): Negotiators said on Tuesday they will meet again on 20 November.\n")
    events = extract(item, source="wire", reference=dt.date(2026, 12, 3)).events
    assert [str(e.start) for e in events] == ["2021-11-20"]  # Tuesday 9 November: 2021

"""A story that opens with "Tomorrow" after its town's colon ("Guwahati: Tomorrow the Union Minister spends a day in
Assam"), then lists the day's times with no day of their own (issue #10, "Dates": Indian dailies write the town and a
colon before the lead, and a minister's visit as a lead and rows of "At 11:00 AM: ..."). The lead tells the day after
the stamp, and the rows are on it. Seen in world-hundredtwentysixth (a Union minister's day in Odisha, whose rows were
put on the stamp's day); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers.dates import find_mentions
from tests.conftest import starts_of

_REFERENCE = dt.date(2026, 1, 10)


def _starts(text: str) -> list[str]:
    return starts_of(text, _REFERENCE)


def test_tomorrow_after_the_towns_colon_is_a_day() -> None:
    found = find_mentions("Guwahati: Tomorrow the Union Minister of Ports spends a day in Assam.")
    assert [(m.kind, m.offset) for m in found] == [("published", 1)]


def test_rows_under_the_lead_are_on_the_day_after_the_stamp() -> None:
    text = ("The Ports Minister's day in Assam\n\nSource: Ministry of Ports\n\nPublished 4 March 2026\n\n"
            "Guwahati: Tomorrow the Union Minister of Ports spends a single day in Assam.\n\n"
            "The programme:\n"
            "At 10:30 AM: the river terminal's opening at Pandu.\n"
            "At 4 pm: a meeting with boat builders at the Assam Administrative Staff College.\n")
    assert _starts(text) == ["2026-03-05 10:30", "2026-03-05 16:00"]


def test_a_colon_before_tomorrows_leaders_is_no_day() -> None:
    assert find_mentions("Theme: Tomorrow's leaders in a changing world.") == []
    assert find_mentions("Motto: Tomorrow belongs to the young.") == []

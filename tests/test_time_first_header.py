"""A dated line that opens with its time ("Date and time: 10:00 - 10:30 a.m., March 11, 2026") over the item's
prose: a paragraph that names a later day tells its own happening and is read on its own, where it was once taken
for the words of the time above and its day lost. Earlier days (a notice's history) and a row's few words stay as
they were. Items in our own words."""

from __future__ import annotations

import pytest

from parsers import extract

from .conftest import REFERENCE, listed

ITEM = """Harbour board's monthly briefing

Source: A harbour board

Published: March 5, 2026

{header}

{body}
"""

ROWS = [
    ("Date and time: 10:00 - 10:30 a.m., March 11, 2026",
     "The dredger cleared the outer channel on Mar. 2, and the inner basin opens to ships on April 20.",
     ["2026-03-11 10:00", "2026-04-20"],
     "a paragraph naming a later day: its day is an event of its own"),
    ("10:00 - 10:30 a.m., March 11, 2026",
     "Board members will then walk the quay, and the new ferry berth is blessed on Friday, May 15, 2026.",
     ["2026-03-11 10:00", "2026-05-15"],
     "the same without a label"),
    ("When: 10:00 a.m., Wednesday, March 11, 2026",
     "The chair sets out the dredging plan, which the board votes on at its sitting of March 25.",
     ["2026-03-11 10:00", "2026-03-25"],
     "a weekday in the dated line"),
]


@pytest.mark.parametrize(("header", "body", "expected", "why"), ROWS, ids=[r[3] for r in ROWS])
def test_a_paragraph_under_a_dated_time_keeps_its_own_days(header: str, body: str, expected: list[str],
                                                          why: str) -> None:
    assert listed(ITEM.format(header=header, body=body)) == expected, why


def test_a_row_of_few_words_under_a_dated_time_names_it() -> None:
    text = ITEM.format(header="10:00 a.m., March 11, 2026", body="Launch of the April 20 tide tables")
    events = extract(text, source="rows", reference=REFERENCE).events
    assert [f"{e.start:%Y-%m-%d %H:%M}" for e in events] == ["2026-03-11 10:00"]
    assert "tide tables" in events[0].summary


def test_a_notice_of_an_earlier_day_leaves_the_rows_on_the_dated_day() -> None:
    body = ("Notice: since the storm warning issued on February 2, 2026, and the port rules that followed, no more "
            "than twenty visitors may sit in the hall at one time.\n\n"
            "9:15 a.m. - Licence of the Quayside Fish Bar\n\n"
            "9:40 a.m. - Licence of the Old Ropewalk Cafe")
    listed_days = listed(ITEM.format(header="03/11/26, 9:00 AM - 10:30 AM", body=body))
    assert "2026-02-02" not in listed_days
    assert {"2026-03-11 09:15", "2026-03-11 09:40"} <= set(listed_days)

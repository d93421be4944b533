"""A programme's row that names its item and gives the clock after "by", with no verb ("1.Church Service by 8am, in the
Chapel ...", "2. Reception by 1pm at the Banquet Hall"), is that item at that hour under the day's heading: "by" says
when it happens, as "at" does, as the announcement of a clock after "by" is read already (world-fiftyfirst 10: a
governor's Sunday programme, "1.Church Service by 8am", was not read). A row of a task ("Registration by 8am") stays a
deadline. Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = """Programme of the handover

Source: Office of the Governor of Example State, Nigeria

Posted: 26 May 2030

SATURDAY, 1ST JUNE, 2030
{rows}
"""


def _starts(rows: str) -> list[str]:
    events = extract(ITEM.format(rows=rows), source="x", reference=dt.date(2030, 5, 26),
                     default_zone="Africa/Lagos").events
    return sorted(e.start.isoformat() for e in events if not e.all_day)


def test_numbered_rows_with_by() -> None:
    rows = "1. Church Service by 8am, in the Chapel of Government House.\n2. Reception by 1pm at the Banquet Hall."
    assert _starts(rows) == ["2030-06-01T08:00:00+01:00", "2030-06-01T13:00:00+01:00"]


def test_a_number_glued_to_the_row() -> None:
    rows = "1.Thanksgiving Mass by 10am, in the Cathedral of Example."
    assert _starts(rows) == ["2030-06-01T10:00:00+01:00"]


def test_a_row_of_a_task_stays_a_deadline() -> None:
    rows = "1. Registration of delegates by 8am at the gate."
    assert _starts(rows) == []


def test_papers_due_by_a_clock_are_a_deadline() -> None:
    """"2. Comments by 5pm", "Nominations by 12 noon": papers handed in by then, no event (review)."""
    assert _starts("1. Comments by 5pm\n2. Nominations by 12 noon") == []

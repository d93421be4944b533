"""A diary row whose venue line under it names its town ("Federal Chancellery, Berlin") keeps that town's clock, though
a later day's heading names a town of another clock ("Thursday, 6 March 2031, Washington") that the item names as
often and the row would otherwise be given. Texts of our own."""

from __future__ import annotations

import datetime as dt

from parsers import extract

TEXT = """Public schedule of the Chancellor

Source: A federal government's press office

Wednesday, 5 March 2031

11:00 a.m.
Cabinet meeting
Federal Chancellery, Berlin

2:30 p.m.
The Chancellor receives the Prime Minister of Sweden
Military honours in the forecourt

Thursday, 6 March 2031, Washington

10:00 a.m.
Meeting with the President
"""


def test_the_venue_lines_town_keeps_its_rows_clock() -> None:
    events = extract(TEXT, source="t", reference=dt.date(2031, 3, 1)).events
    offsets = {e.start.strftime("%d %H:%M"): e.start.utcoffset() for e in events}
    assert offsets["05 11:00"] == dt.timedelta(hours=1)
    assert offsets["06 10:00"] == dt.timedelta(hours=-5)

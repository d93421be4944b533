"""A diary whose day heading names a town of another clock ("Thursday, 6 March 2031, Washington") that the item names as
often as the town of an earlier day's row ("Federal Chancellery, Berlin" under "Cabinet meeting"): the earlier day's
rows keep their town's clock, the row under the heading the heading's. Texts of our own."""

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


def test_each_days_rows_keep_their_towns_clock() -> None:
    events = extract(TEXT, source="t", reference=dt.date(2031, 3, 1)).events
    offsets = {e.start.strftime("%d %H:%M"): e.start.utcoffset() for e in events}
    assert offsets == {"05 11:00": dt.timedelta(hours=1), "05 14:30": dt.timedelta(hours=1),
                       "06 10:00": dt.timedelta(hours=-5)}

"""A newspaper's live log puts each entry's clock right before its first sentence, with no dash ("18.40 Rescue
boats have reached ..."), newest first, and an entry's quotes and pictures stand between two clocks. Five or more
such clocks, each earlier than the one above, are a log: moments reported as they happened, not events. A
programme going forward in time, whose rows read the same way, stays. Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

LOG = """Flood on the Ems: latest

Source: Northern Courier

Published: 14 May 2031

Rescue crews are to resume their search at first light, the regional authority said.

19.05 We are closing our live coverage for the night.

18.40 Rescue boats have reached the last village cut off by the water.

"The level is still rising," a firefighter told us.

17.55 The regional governor has been speaking in Leer.

16.20 More pictures are coming in from the river banks.

15.10 Our reporter in Emden has spoken to families waiting at the harbour.

They said the water reached the first floors within an hour.

14.02 The river burst its banks north of the town.
"""

PROGRAMME = """Open day programme

Source: Northern Courier

Published: 2 May 2031

The open day of the Ems dike works is on 14 May 2031 in Leer.

10.00 Welcome by the regional governor.

10.30 Guided walk along the new dike.

11.15 Boat trip to the pumping station.

12.00 Lunch in the works canteen.

13.30 Talk on flood defences by the chief engineer.
"""


def _starts(text: str) -> list[str]:
    events = extract(text, source="courier", reference=dt.date(2031, 5, 1), default_zone="Europe/Berlin").events
    return sorted(e.start.strftime("%Y-%m-%d %H:%M") for e in events if not e.all_day)


def test_clocks_before_sentences_newest_first_are_no_events() -> None:
    assert _starts(LOG) == []


def test_a_programme_read_the_same_way_but_going_forward_stays() -> None:
    assert _starts(PROGRAMME) == ["2031-05-14 10:00", "2031-05-14 10:30", "2031-05-14 11:15", "2031-05-14 12:00",
                                  "2031-05-14 13:30"]

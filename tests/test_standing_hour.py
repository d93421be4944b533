"""An hour said once for every sitting of a list below ("Die Sitzungen beginnen jeweils um 10 Uhr", "Meetings each
begin at 7 p.m.") is the hour of each listed day, and no event on the day of the stamp. World-seventyseventh item 8
(a federal council's table of eleven Fridays under "Sitzungsbeginn ist jeweils um 9:30 Uhr") gave eleven all-day
events and one at 9:30 on the stamp's day. Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

GERMAN = """Sitzungstermine des Kreistages 2031

Source: Ein Kreistag

02.12.2030

Auch 2031 tagt der Kreistag etwa alle drei Monate an einem Montag; Beginn ist jeweils um 15:00 Uhr.

Sitzung | Fraktionen
Montag, 10. März 2031 | ab 24. Februar 2031
Montag, 16. Juni 2031 | ab 2. Juni 2031
Montag, 22. September 2031 | ab 8. September 2031
"""

ENGLISH = """Board meeting dates for 2031

Source: A Harbour Board

Posted 2 December 2030

In 2031 the board meets about every three months, on a Tuesday; meetings each begin at 7 p.m.

Meeting | Papers
Tuesday 11 March 2031 | week of 24 February 2031
Tuesday 17 June 2031 | week of 2 June 2031
Tuesday 23 September 2031 | week of 8 September 2031
"""

ONE_DAY = """Tag der offenen Tür

Source: Ein Kreistag

02.12.2030

Führungen beginnen jeweils um 11 Uhr.

Samstag, 15. März 2031: Tag der offenen Tür im Kreishaus
"""


def _starts(text: str, zone: str) -> list[str]:
    events = extract(text, source="board", reference=dt.date(2030, 12, 2), default_zone=zone).events
    return sorted(e.start.strftime("%Y-%m-%d %H:%M") if isinstance(e.start, dt.datetime)
                  else e.start.isoformat() for e in events)


def test_each_listed_day_takes_the_hour() -> None:
    assert _starts(GERMAN, "Europe/Berlin") == ["2031-03-10 15:00", "2031-06-16 15:00", "2031-09-22 15:00"]


def test_each_listed_day_takes_the_hour_in_english() -> None:
    assert _starts(ENGLISH, "Europe/London") == ["2031-03-11 19:00", "2031-06-17 19:00", "2031-09-23 19:00"]


def test_one_day_below_is_no_list() -> None:
    assert "2031-03-15" in _starts(ONE_DAY, "Europe/Berlin")

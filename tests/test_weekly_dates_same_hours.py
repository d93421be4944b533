"""One event's dates, a week or more apart, each on its line with the same long hours: "Fri, Jun 6 2025, 10am - 2pm" /
"Fri, Jun 13 2025, 10am - 2pm" / ... then "Location" and the venue.

A city's event page (a summer food fair on four Fridays) lists its dates so. Hours longer than a sitting were read as a
place's opening hours, so only the last date was kept, and the venue under the run located only that one (the others
fell back to the calendar's clock). Dates a week or more apart at the same hours are a recurring event's; opening hours
run day after day and stay as before. The texts are our own.
"""

from __future__ import annotations

import datetime as dt

import parsers

_MARKET = """Riverbank Farmers' Market

Fri, Jun 6 2025, 10am - 2pm
Fri, Jun 13 2025, 10am - 2pm
Fri, Jun 27 2025, 10am - 2pm

Location
Riverbank Square, Kamloops

Local growers and bakers sell their produce every other Friday this summer.
"""

_BOOK_SALE = """Library Book Sale

Our friends of the library sell donated books to raise funds for children's programmes.

Saturday, October 4, 2025, 9:00 am - 3:00 pm
Saturday, October 18, 2025, 9:00 am - 3:00 pm

Main Branch, Kelowna
"""

_MEDIA_CENTRE = """Media centre

The media centre at the conference venue is open on these days:

Wednesday, 5 November 2025 - 10:00 - 18:00
Thursday, 6 November 2025 - 08:00 - 22:00
Friday, 7 November 2025 - 08:00 - 16:00
"""


def _starts(text: str) -> list[dt.datetime]:
    events = parsers.extract(text, source="x", reference=dt.date(2025, 5, 1)).events
    return sorted(e.start.astimezone(dt.UTC) for e in events)


def test_every_date_of_a_fortnightly_market_in_the_venue_clock() -> None:
    # 10am in Kamloops (Pacific daylight time) is 17:00 UTC on each Friday
    assert _starts(_MARKET) == [dt.datetime(2025, 6, d, 17, tzinfo=dt.UTC) for d in (6, 13, 27)]


def test_both_saturdays_of_a_sale() -> None:
    # 9:00 am in Kelowna is 16:00 UTC
    assert _starts(_BOOK_SALE) == [dt.datetime(2025, 10, d, 16, tzinfo=dt.UTC) for d in (4, 18)]


def test_opening_hours_day_after_day_stay_as_they_were() -> None:
    assert len(_starts(_MEDIA_CENTRE)) <= 1

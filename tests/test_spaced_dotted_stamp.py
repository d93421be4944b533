"""A stamp written as day, month and year each closed by a stop and parted by a space ("12. 02. 2021."), as
Hungarian, Czech and Slovak pages date their news, is the item's date: the year of the yearless days below it
("on 17 February") comes from it (world-fortyeighth 8). Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

SUMMIT = """Minister to attend the Danube summit next Tuesday

Source: Office of the Prime Minister, Exampleland

04. 03. 2021.

On 9 March the Prime Minister travels to Vienna for the summit of the Danube states, his spokesman said.
"""

FESTIVAL = """Choir festival opens in the old town

Source: Town of Kellby

21. 05. 2019.

The festival opens on 25 May on the main square with a concert of the town's choirs.
"""


def _days(text: str) -> list[str]:
    events = extract(text, source="org", reference=dt.date(2026, 12, 1), default_zone="Europe/Budapest").events
    return [e.start.strftime("%Y-%m-%d") for e in events]


def test_the_spaced_stamp_gives_the_year() -> None:
    assert _days(SUMMIT) == ["2021-03-09"]


def test_the_spaced_stamp_gives_the_year_of_a_festival() -> None:
    assert _days(FESTIVAL) == ["2019-05-25"]

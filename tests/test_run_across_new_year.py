"""A show told to open on one day and run (or stay open) until a later one whose year alone is given ("opens on December
3 and runs until April 12, 2026", "opens on November 15 and remains open until February 28, 2025") is one run from
the first day to the last: when the first day falls later in the year than the last, it is of the year before, and a
run told so may last half a year (world-fiftyfirst 14: "the exhibition opens on December 16 and runs until June 30,
2020" under "KUALA LUMPUR, Dec 12" was published as 16 December 2020 alone). Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = """{title}

Source: {source}

{body}
"""


def _days(title: str, source: str, body: str) -> list[tuple[str, str]]:
    events = extract(ITEM.format(title=title, source=source, body=body), source="museum",
                     reference=dt.date(2025, 11, 20), default_zone="Europe/Brussels").events
    return [(e.start.strftime("%Y-%m-%d"), (e.end - dt.timedelta(days=1)).strftime("%Y-%m-%d")) for e in events
            if e.all_day]


def test_a_run_into_the_next_year() -> None:
    body = ("WELLINGTON, Nov 20 — The trust said the show took three years to prepare.\n\n"
            'The exhibition, called "Tides of Trade", opens on December 3 and runs until April 12, 2026.')
    assert _days("Museum opens a show on the port", "Harbour Museum Trust", body) == [("2025-12-03", "2026-04-12")]


def test_a_display_that_remains_open_until() -> None:
    body = ("OSLO, Oct 2 (Agency) - The display of rare books opens on November 15 and remains open until "
            "February 28, 2025, in the main hall.")
    assert _days("Rare books on show", "City Library of Example", body) == [("2024-11-15", "2025-02-28")]


def test_a_run_of_half_a_year_in_one_year() -> None:
    body = ("Published 20 January 2027\n\nThe exhibition of naval charts opens on 2 February and runs until "
            "31 July 2027 in the east wing.")
    assert _days("Charts of the navy", "Maritime Archive of Freedonia", body) == [("2027-02-02", "2027-07-31")]


def test_nominations_that_open_and_close_stay_no_event() -> None:
    body = ("Published 20 January 2027\n\nNominations for the arts prize open on 2 February and close on "
            "31 July 2027.")
    assert _days("Arts prize", "Arts Council of Freedonia", body) == []

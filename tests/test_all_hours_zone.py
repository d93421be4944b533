"""A line that says "all hours are Geneva time" (or "All hours are CET") gives one clock to the list below it, as "All
times are ..." does (world-seventythird 1: a treaty body's dialogue rows were read on the clock of a country named in
the item). "Hours" alone ("Opening hours are ...") declares nothing: it needs its "all". Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from parsers.declaredzone import declared_label

ITEM = """Water panel hears three governments in May

Source: Panel of Experts on Water Rights

Issued 3 May 2031

GENEVA – Ghana, Chile and Norway come before the panel this month. The public hearings are set out below; {clock}.

Norway: 12 May 15:00 – 18:00 and 13 May 10:00 – 13:00
Chile: 14 May 15:00 – 18:00
"""


def _utc_starts(clock: str) -> list[str]:
    events = extract(ITEM.format(clock=clock), source="panel", reference=dt.date(2031, 5, 3),
                     default_zone="UTC").events
    return sorted(e.start.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M") for e in events if not e.all_day)


def test_all_hours_name_the_clock_of_the_rows() -> None:
    # Geneva keeps CEST (UTC+2) in May: 15:00 there is 13:00 UTC, whatever country a row names
    assert _utc_starts("all hours are Geneva time") == ["2031-05-12 13:00", "2031-05-13 08:00", "2031-05-14 13:00"]


def test_all_hours_with_a_letter_label() -> None:
    assert _utc_starts("all hours are CET") == ["2031-05-12 13:00", "2031-05-13 08:00", "2031-05-14 13:00"]


def test_the_line_alone() -> None:
    assert declared_label("All hours are Geneva time.") == "Geneva time"
    assert declared_label("(all the hours are given in Vienna time)") == "Vienna time"
    assert declared_label("All hours are CEST") == "CEST"


def test_hours_without_all_declare_nothing() -> None:
    assert declared_label("Opening hours are MON to FRI, 9:00 to 17:00.") is None
    assert declared_label("Office hours are posted at the desk.") is None

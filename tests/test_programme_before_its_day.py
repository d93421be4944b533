"""A gathering's programme given before the sentence that gives its day ("Programme" / "10:00 Opening remarks" / ...
then "The conference takes place on Tuesday 7 May 2024") is on that day, not on the day the item was written, when
the item's title names that gathering. A daily advisory's rows stay on its own day. (Found by probes of the held-out
kind "day".) Texts of our own."""

from __future__ import annotations

import datetime as dt

from parsers import extract

REFERENCE = dt.date(2026, 12, 4)
ROWS = "Programme\n09:30 Welcome by the Mayor\n11:00 Panel on port logistics\n12:30 Networking lunch"


def _days(title: str, after: str) -> list[tuple[str, str]]:
    text = f"{title}\n\nSource: Example Harbour Board of Tema\n\nTema, 2 May 2024\n\n{ROWS}\n\n{after}\n"
    events = extract(text, source="t", reference=REFERENCE).events
    return sorted((f"{e.start:%Y-%m-%d}", f"{e.start:%H:%M}" if isinstance(e.start, dt.datetime) else "")
                  for e in events)


def test_the_programme_takes_the_day_of_its_gathering() -> None:
    days = _days("Port logistics forum", "The forum is held on Thursday 16 May 2024 at the Harbour Hall.")
    assert [d for d, t in days if t] == ["2024-05-16"] * 3


def test_rows_of_a_daily_advisory_stay_on_its_day() -> None:
    # (the title names no gathering: the rows are the day's, and the forum later is another event)
    days = _days("Media advisory", "The forum is held on Thursday 16 May 2024 at the Harbour Hall.")
    assert [d for d, t in days if t] == ["2024-05-02"] * 3


def test_a_gathering_months_away_leaves_the_rows_alone() -> None:
    days = _days("Port logistics forum", "The forum is held on Thursday 14 November 2024 at the Harbour Hall.")
    assert [d for d, t in days if t] == ["2024-05-02"] * 3


def test_rows_before_the_next_gathering_stay_on_their_day() -> None:
    # (found by review: "the next forum" is another gathering than the one whose rows these are)
    days = _days("Port logistics forum", "The next forum is held on Thursday 16 May 2024 at the Harbour Hall.")
    assert [d for d, t in days if t] == ["2024-05-02"] * 3
    assert ("2024-05-16", "") in days


def test_rows_under_todays_schedule_stay_on_their_day() -> None:
    text = ("Council meeting\n\nSource: Example Harbour Board of Tema\n\nTema, 2 May 2024\n\nToday's schedule\n"
            "09:30 Welcome by the Mayor\n11:00 Budget debate\n12:30 Lunch\n\nThe council meeting is on Thursday 16 May "
            "2024.\n")
    events = extract(text, source="t", reference=REFERENCE).events
    assert sorted(f"{e.start:%Y-%m-%d}" for e in events if isinstance(e.start, dt.datetime)) == ["2024-05-02"] * 3

"""A timed run of days told again day by day (issue #10, "Duplicates"): "a special meeting on Monday, March 2 and
Tuesday, March 3, starting at 9 a.m." and the meeting's card "Monday, March 02, 2026 | 09:00 AM - 09:00 PM" tell the
first day twice; the card tells it, with its hours, and the run keeps the day no one else tells. Seen on a city
council's special-meeting page (pages-p29, Charlotte); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 12, 5)


def _said(body: str) -> list[str]:
    text = f"Board retreat\n\nSource: Town of Wexley\n\n{body}\n"
    return [f"{e.start:%m-%d %H:%M}-{e.end:%H:%M}"
            for e in extract(text, source="test", reference=_REFERENCE).events]


CARD = "Board Retreat (Day 1)\nMonday, March 02, 2026 | 09:00 AM - 05:00 PM\nLocation: Lakeside Lodge\n\n"
RUN = ("The chair has called a special meeting of the Town Board for Monday, March 2 and Tuesday, March 3, 2026, "
       "starting at 9:00 a.m. each day at the Lakeside Lodge.")


def test_the_card_tells_the_runs_first_day() -> None:
    said = _said(CARD + RUN)
    assert [s for s in said if s.startswith("03-02")] == ["03-02 09:00-17:00"]  # once, with the card's hours
    assert any(s.startswith("03-03 09:00") for s in said)  # the day no card tells stays


def test_a_card_of_each_day_tells_the_whole_run() -> None:
    second = CARD.replace("(Day 1)", "(Day 2)").replace("Monday, March 02", "Tuesday, March 03")
    assert _said(CARD + second + RUN) == ["03-02 09:00-17:00", "03-03 09:00-17:00"]


def test_another_happening_at_the_runs_time_is_left_apart() -> None:
    other = "Farmers Market\nMonday, March 02, 2026 | 09:00 AM - 01:00 PM\nLocation: Town Green\n\n"
    said = _said(other + RUN)
    assert "03-02 09:00-13:00" in said
    assert sum(s.startswith("03-02 09:00") for s in said) == 2


def test_a_day_told_alone_is_not_repeated_as_daily() -> None:
    # "each day" repeats a one-day event over the item's span; not onto a day another finding already tells
    body = ("The House may sit on Monday, 15th and Tuesday, 16th December, 2025, from 0900 hours until the business "
            "of the day is done each day.")
    text = f"Order of business\n\nSource: National Assembly of Lowland\n\n{body}\n"
    starts = [f"{e.start:%m-%d %H:%M}" for e in extract(text, source="test", reference=_REFERENCE).events]
    assert len(starts) == len(set(starts))

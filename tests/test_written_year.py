"""A weekday that fits no year near the item's stamp, but fits the one year the item writes elsewhere (issue #10,
"Year": "the weekday ('Monday 16 January' fits 2023, not 2027)"): a careful reader takes that year. A list row of
another time at the head of an item ("Governing Board - Fourth session" / "12 May 1983") was read as the item's
stamp, and "Monday (18 January)" beside "the budget for 2021" went to 1983, a Tuesday. A weekday that misses a near
stamp by a slip keeps the stamp's year. Seen in world-eightysecond (a UN agency's news item under a list row of an old
session); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 12, 5)


def _days(text: str) -> list[dt.date]:
    return sorted(e.start if isinstance(e.start, dt.date) and not isinstance(e.start, dt.datetime)
                  else e.start.date() for e in extract(text, source="test", reference=_REFERENCE).events)


def test_the_weekday_picks_the_year_the_item_writes() -> None:
    text = ("Ministers gather in Lisbon for the ocean board\n\nSource: Ocean Board\n\n"
            "Governing Board - Fourth session\n12 May 1983\nLisbon - Portugal\n\n"
            "The working group on fisheries meets in Lisbon on Monday (18 January), ahead of the Board.\n\n"
            "The Board (19 January) will approve the budget for 2021 and elect its chair.\n")
    assert _days(text) == [dt.date(2021, 1, 18), dt.date(2021, 1, 19)]


def test_two_written_years_that_both_fit_settle_nothing() -> None:
    # 18 January is a Monday in 2016 and in 2021: the text gives no single year, the weekday's note stays.
    text = ("Ministers gather in Lisbon for the ocean board\n\nSource: Ocean Board\n\n"
            "Governing Board - Fourth session\n12 May 1983\nLisbon - Portugal\n\n"
            "The working group on fisheries meets in Lisbon on Monday (18 January), ahead of the Board, to review"
            " the plan for 2016 and the budget for 2021.\n")
    assert [d.year for d in _days(text)] not in ([2016], [2021])


def test_a_slip_of_the_weekday_near_the_stamp_keeps_the_stamp_year() -> None:
    # 12 March 2024 is a Tuesday; "Wednesday" is a slip, though 12 March 2025 is a Wednesday and 2025 is written.
    text = ("Council to meet on the 2025 budget\n\nSource: Town of Easton\n\nPosted 5 March 2024\n\n"
            "The council meets on Wednesday, 12 March, to open the debate on the 2025 budget.\n")
    assert all(d.year == 2024 for d in _days(text))

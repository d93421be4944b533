"""A day's number run into the month's full name, "to Friday, 27January 2017" (issue #10, "Dates": forms), as pages
copied from an event form write it when the space is lost: a day, and the end of a span, as "27 January 2017" is.
Seen in world-hundredthirteenth (a UNESCO office's events page, "When: Tuesday, 24 January 2017 to Friday,
27January 2017"); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2023, 2, 1)


def _days(text: str) -> list[tuple[str, str]]:
    """Each all-day event's first and last day."""
    out = []
    for e in extract(text, source="test", reference=_REFERENCE).events:
        assert not isinstance(e.start, dt.datetime)
        last = (e.end - dt.timedelta(days=1)) if e.end else e.start
        out.append((f"{e.start:%Y-%m-%d}", f"{last:%Y-%m-%d}"))
    return sorted(out)


_HEAD = "Workshop on school counselling\n\nSource: Regional Office\n\n"


@pytest.mark.parametrize(("when", "days", "why"), [
    ("When: Monday, 6 March 2023 to Wednesday, 8March 2023", [("2023-03-06", "2023-03-08")], "a span's end glued"),
    ("When: Monday, 6 March 2023 to Wednesday, 8 March 2023", [("2023-03-06", "2023-03-08")], "spaced, as before"),
    ("The workshop meets on 14March 2023 in Amman.", [("2023-03-14", "2023-03-14")], "a day glued"),
])
def test_a_day_run_into_its_month(when: str, days: list[tuple[str, str]], why: str) -> None:
    text = _HEAD + when + "\nWhere: Amman, Jordan\n\nTeachers from the region meet to share their methods.\n"
    assert _days(text) == days, why


def test_a_number_run_into_other_words_is_no_day() -> None:
    text = _HEAD + "The office trained 14Marchers and 20Mayors in 2022.\n"
    assert _days(text) == []

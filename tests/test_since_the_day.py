"""A day after "since the" ("Since the 1st of July 2025 the chair has been held by ...") is where a state began, told
in the past, as "since 1 July 2025" is (issue #10, "Not events": history). Seen in world-ninetyninth (a Council
presidency's advisory); the texts are ours."""

from __future__ import annotations

import datetime as dt

from tests.conftest import days_of

_REFERENCE = dt.date(2026, 1, 10)


def _days(text: str) -> list[str]:
    return days_of(text, _REFERENCE)


def _item(sentence: str) -> str:
    return ("Media advisory: the chair's opening conference\n\nSource: Ruritanian Presidency\n\n"
            f"{sentence}\n\nThe opening conference will be held in Valletta on Friday, 11th of July 2025.\n")


def test_since_the_day_is_history() -> None:
    assert _days(_item("Since the 1st of July 2025 the chair of the Council has been held by Ruritania.")) \
        == ["2025-07-11"]


def test_since_the_day_lower_case_in_a_sentence() -> None:
    assert _days(_item("Ruritania has held the chair since the 1st of July 2025.")) == ["2025-07-11"]


def test_after_the_day_of_an_event_is_not_turned() -> None:
    # "after the 4 July summit": the summit's day, which "since the" does not touch; "after the" stays as it was.
    assert "2025-07-11" in _days(_item("The ministers will meet after the summit."))

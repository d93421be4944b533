"""An item that gives notice its plan is put off with no new day ("The county tours have been put off
indefinitely", "postponed until further notice", "reportée sine die", "auf unbestimmte Zeit verschoben") voids the
days it then tells as that plan ("the ministers were to tour Nakuru County on Thursday, March 18"): they are no
events. Without such a notice, "were to" alone is a plan that still stands, told as reported speech, and keeps its
days. Seen in world-hundredtwentysixth (a cabinet committee's inspection tours called off). The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.replaced import plan_put_off, put_off_for_good

_PLAN = ("Under the plan published last week, the ministers were to tour Nakuru County on Thursday, March 18, and "
         "Kisumu County on Friday, March 19.")


def _days(body: str) -> list[str]:
    text = f"Ministers' county tours\n\nSource: Cabinet Office\n\nTuesday, March 16, 2021 - {body}\n"
    return sorted(f"{e.start:%m-%d}" for e in extract(text, source="cabinet", reference=dt.date(2021, 3, 16)).events)


@pytest.mark.parametrize("notice", [
    "The county tours of the ministers have been put off indefinitely, the office said.",
    "The office said this week's tours are postponed until further notice.",
])
def test_the_plans_days_after_a_notice_are_no_events(notice: str) -> None:
    days = _days(f"{notice}\n\n{_PLAN}")
    assert "03-18" not in days
    assert "03-19" not in days


def test_without_a_notice_the_plan_keeps_its_days() -> None:
    assert _days(f"The office published the ministers' programme.\n\n{_PLAN}") == ["03-18", "03-19"]


def test_a_plan_that_stands_in_the_same_item_keeps_its_day() -> None:
    body = ("The concert in the park has been postponed indefinitely.\n\n"
            "The county fair opens on Saturday, March 20, at the showground in Nakuru.")
    assert _days(body) == ["03-20"]


@pytest.mark.parametrize("notice", ["La visite est reportée sine die.",
                                    "Die Reise wird auf unbestimmte Zeit verschoben.",
                                    "La gira quedó aplazada hasta nuevo aviso."])
def test_notices_in_other_languages(notice: str) -> None:
    assert put_off_for_good(notice)


def test_the_plan_told_before_its_day_and_not_a_new_plan() -> None:
    assert plan_put_off("the ministers were to tour Nakuru on Thursday, March 18", "Thursday, March 18")
    assert not plan_put_off("the visit was to start on Monday and will now start on Thursday, March 18",
                            "Thursday, March 18")
    assert not plan_put_off("The ministers tour Nakuru on Thursday, March 18", "Thursday, March 18")

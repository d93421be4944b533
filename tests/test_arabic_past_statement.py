"""A short Arabic sentence of a sitting with its day counts as a statement of what is to come only when its verb is
not the perfect of a report: "تعقد اللجنة جلستها يوم الأحد 29 مارس." (holds) is a sitting to come; "عقدت اللجنة
جلستها يوم الأحد 15 مارس." (held), "انعقدت الجلسة العامة" (was convened) tell one gone by, a date line publishing
nothing, as "The committee held its session on Sunday 15 March." does. The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 3, 20)


def _days(line: str) -> list[str]:
    text = f"أخبار\n\nSource: المجلس\n\n{line}\n"
    return [f"{e.start:%Y-%m-%d}" for e in extract(text, source="test", reference=_REFERENCE).events]


@pytest.mark.parametrize("line", [
    "عقدت اللجنة جلستها يوم الأحد 15 مارس.",
    "انعقدت الجلسة العامة يوم الأحد 15 مارس.",
])
def test_a_sitting_gone_by_is_no_event(line: str) -> None:
    assert _days(line) == []


def test_a_sitting_to_come_is_one() -> None:
    assert _days("تعقد اللجنة جلستها يوم الأحد 29 مارس.") == ["2026-03-29"]

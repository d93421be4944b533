"""Chinese "为期5天" / "為期兩天" ("a period of five / two days") after a start day: the event runs that many days from
it, the end inferred as the English "on 12 March for a two-day visit" is (parsers/extent.py). Issue #10, the forms
left by earlier sessions (a forum "于...开幕，为期5天" was read as its opening day alone); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _spans(body: str) -> list[tuple[str, str, bool]]:
    events = extract(f"论坛\n\nSource: 部\n\n{body}\n", source="test", reference=_REFERENCE).events
    return sorted((f"{e.start}", f"{e.end}", any("span inferred" in n for n in e.notes)) for e in events)


@pytest.mark.parametrize(("body", "expected", "why"), [
    ("论坛将于3月12日开幕，为期5天。", [("2026-03-12", "2026-03-17", True)], "Arabic figures"),
    ("展览于3月12日开幕，为期两天。", [("2026-03-12", "2026-03-14", True)], "a Chinese numeral"),
    ("研讨会3月12日在北京举行為期三日。", [("2026-03-12", "2026-03-15", True)], "traditional script, no comma before"),
    ("培训班将于3月12日开班，为期十天。", [("2026-03-12", "2026-03-22", True)], "ten"),
])
def test_a_period_of_days_after_the_start(body: str, expected: list[tuple[str, str, bool]], why: str) -> None:
    assert _spans(body) == expected, why


def test_one_day_is_no_span() -> None:
    assert _spans("论坛将于3月12日举行，为期一天。") == [("2026-03-12", "2026-03-13", False)]

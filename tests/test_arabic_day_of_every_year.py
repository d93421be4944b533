"""An Arabic day of a month kept every year: "(21 مارس) كل سنة", "21 مارس من كل عام", "في 21 مارس سنويا" (issue #10,
"Not events": an organisation's day, celebrated each year, is a rule, not one day's event; as "the 3rd of May of every
year" already is). Seen in world-hundredtwentieth (an agenda's "إحياء يوم الألكسو (25 يوليو) كل سنة" was published on 25
July); the texts are ours."""

from __future__ import annotations

import datetime as dt

from tests.conftest import days_of

_REFERENCE = dt.date(2026, 1, 10)


def _days(text: str) -> list[str]:
    return days_of(text, _REFERENCE)


def test_bracketed_day_every_year() -> None:
    text = ("المنظمة تحيي يومها\n\nSource: منظمة عربية\n\nنُشر في يناير 2026\n\n"
            "ومن بنود جدول أعمال المجلس: إحياء يوم المنظمة (21 مارس) كل سنة، وتنظيم ندوة للشباب.\n")
    assert not [day for day in _days(text) if day.endswith("-03-21")]


def test_day_of_every_year() -> None:
    text = ("المنظمة تحيي يومها\n\nSource: منظمة عربية\n\nنُشر في يناير 2026\n\n"
            "ومن البنود المعروضة: الاحتفال بيوم المنظمة 21 مارس من كل عام، وخطة العمل.\n")
    assert not [day for day in _days(text) if day.endswith("-03-21")]


def test_one_day_stays() -> None:
    text = ("المنظمة تعقد ندوة\n\nSource: منظمة عربية\n\nنُشر في يناير 2026\n\n"
            "تعقد المنظمة ندوة للشباب يوم 21 مارس 2026 في تونس.\n")
    assert _days(text) == ["2026-03-21"]

"""A stay counted in Swahili: "kwa ziara ya kikazi ya siku mbili" (for a working visit of two days) after the day it
begins stretches that day into the visit's two days, as "for a two-day visit" does in English (issue #10, "Layout").
The count comes after its noun and "ya siku" (of days), in words ("mbili", "tatu") or figures. Seen in world-seventieth
(Tanzania's foreign ministry); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 3, 1)


def _days(text: str) -> list[tuple[dt.date, dt.date | None]]:
    return [(e.start, e.end) for e in extract(text, source="test", reference=_REFERENCE).events
            if not isinstance(e.start, dt.datetime)]


def test_a_visit_of_three_days() -> None:
    text = ("Ziara ya Waziri\n\nSource: Wizara ya Mambo ya Nje\n\n"
            "Waziri wa Mambo ya Nje wa Uganda anawasili nchini tarehe 14 Mei 2026 kwa ziara ya kikazi ya siku tatu.\n")
    assert _days(text) == [(dt.date(2026, 5, 14), dt.date(2026, 5, 17))]


def test_a_meeting_of_two_days_in_figures() -> None:
    text = ("Mkutano wa Mawaziri\n\nSource: Wizara ya Mambo ya Nje\n\n"
            "Mkutano wa mawaziri wa Jumuiya utafanyika tarehe 20 Mei 2026, mkutano huo ni wa siku 2.\n"
            "Kikao cha kamati kitafanyika tarehe 22 Mei 2026 kwa kikao cha dharura ya siku 2.\n")
    assert (dt.date(2026, 5, 22), dt.date(2026, 5, 24)) in _days(text)

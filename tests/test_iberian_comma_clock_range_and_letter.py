"""A Spanish clock with a comma between hour and minutes is read before the hours' letter too ("a las 9,30 h") and at
both ends of a range so written ("de las 9,30 a las 14,30 horas": one event, 9:30 to 14:30, not two at 9:00 and
14:30). Review of s49-w136 (lang_iberian "t", group tc); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _spans(body: str) -> list[str]:
    text = f"Nota\n\nSource: Ayuntamiento de Ejemplo\n\n{body}\n"
    return [f"{e.start:%Y-%m-%d %H:%M}-{e.end:%H:%M}" for e in extract(text, source="t", reference=_REFERENCE).events]


def test_a_range_with_comma_clocks_is_one_event() -> None:
    body = "La jornada será el 14 de marzo de 2026, de las 9,30 a las 14,30 horas, en la plaza Mayor."
    assert _spans(body) == ["2026-03-14 09:30-14:30"]


def test_a_comma_clock_before_the_hours_letter() -> None:
    assert [s[:16] for s in _spans("La jornada será el 14 de marzo de 2026 a las 9,30 h en la plaza Mayor.")] \
        == ["2026-03-14 09:30"]

"""An anniversary marked on a day at a place is a gathering, as one marked with something is: "The 75th anniversary will
be marked on 11 July at a ceremony at the war memorial", "El aniversario se celebrará el próximo 11 de julio en el
Teatro Principal". The day an anniversary merely falls on stays no event."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 3, 2)


def _days(body: str) -> list[str]:
    events = extract(f"News\n\nSource: Press office\n\n{body}\n", source="t", reference=_REFERENCE).events
    return sorted(f"{e.start:%m-%d}" for e in events)


@pytest.mark.parametrize("body", [
    "The 75th anniversary will be marked on 11 July at a ceremony at the war memorial.",
    "El aniversario se celebrará el próximo 11 de julio en el Teatro Principal de Vigo.",
    "L'anniversaire sera marqué le 11 juillet au monument aux morts.",
])
def test_marked_at_a_place_is_an_event(body: str) -> None:
    assert _days(body) == ["07-11"]


@pytest.mark.parametrize("body", [
    "The anniversary falls on 11 July.",
    "Una efeméride que se celebrará el próximo 11 de julio.",
])
def test_the_day_it_falls_on_is_none(body: str) -> None:
    assert _days(body) == []

"""What has begun before a French event's day may be its lead-up, not the event: "Les inscriptions pour l'atelier du
14 mars à 10h ont commencé" announces the workshop. A sitting's own beginning and end told as done stay a report."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 3, 2)


def _starts(body: str) -> list[str]:
    events = extract(f"Communiqué\n\nSource: Presse\n\n{body}\n", source="t", reference=_REFERENCE).events
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" for e in events if isinstance(e.start, dt.datetime))


@pytest.mark.parametrize(("body", "start"), [
    ("Les inscriptions pour l'atelier du 14 mars à 10h ont commencé.", "2026-03-14 10:00"),
    ("Les préparatifs du concert du 14 mars à 20h au Zénith ont débuté.", "2026-03-14 20:00"),
])
def test_a_lead_up_begun_leaves_the_event(body: str, start: str) -> None:
    assert _starts(body) == [start]


def test_a_sittings_own_end_is_still_a_report() -> None:
    assert _starts("La séance publique du 12 février a commencé à 18h et a pris fin à 21h.") == []

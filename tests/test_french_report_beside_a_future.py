"""A French sentence told in the future is an announcement, whatever police report or fine it also names: "Une
conférence de presse aura lieu le 14 mars à 10h ..., après que le suspect a été interpellé", "Le lauréat recevra 1 000
euros le 14 mars à 18h pour avoir fondé l'association". The report told in the past stays no event."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 3, 2)


def _starts(body: str) -> list[str]:
    events = extract(f"Communiqué\n\nSource: Presse\n\n{body}\n", source="t", reference=_REFERENCE).events
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" for e in events if isinstance(e.start, dt.datetime))


@pytest.mark.parametrize(("body", "start"), [
    ("Une conférence de presse aura lieu le 14 mars à 10h au palais de justice, après que le suspect a été"
     " interpellé.", "2026-03-14 10:00"),
    ("Le lauréat recevra 1 000 euros le 14 mars à 18h pour avoir fondé l'association.", "2026-03-14 18:00"),
])
def test_a_future_is_an_event(body: str, start: str) -> None:
    assert _starts(body) == [start]


def test_the_report_in_the_past_is_none() -> None:
    assert _starts("Le conducteur a été interpellé ce mardi 3 mars vers 23h30 rue Haute.") == []

"""German registration is a practicality, as English registration is (logistics.py): "kann man sich erst ab 9 Uhr
anmelden", "Anmeldung bis 12 Uhr" give no event; the event beside them keeps its own. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Tag der offenen Tür im Rathaus

Source: Stadt Neustadt, Presseamt

Am Samstag, 14. März 2026, öffnet das Rathaus um 10 Uhr seine Türen für alle Bürgerinnen und Bürger.

{line}
"""


def _times(line: str) -> list[str]:
    events = extract(ITEM.format(line=line), source="anmeld", reference=dt.date(2026, 3, 1)).events
    return sorted(f"{e.start:%H:%M}" for e in events if not e.all_day)


@pytest.mark.parametrize(("line", "why"), [
    ("Für die Führungen kann man sich an diesem Tag erst ab 9 Uhr anmelden.", "sich anmelden ab einer Uhrzeit"),
    ("Anmeldungen für die Kinderführung sind am Samstag ab 9.30 Uhr im Foyer möglich.", "Anmeldungen ab"),
])  # fmt: skip
def test_registration_is_no_event(line: str, why: str) -> None:
    assert _times(line) == ["10:00"], why


def test_a_registration_required_beside_an_invitation_leaves_the_event() -> None:
    """(found by review) "lädt ... um 18 Uhr zum Bürgerdialog ein, eine Anmeldung ist erforderlich": the dialogue."""
    text = ("Bürgerdialog\n\nSource: Ein Ministerium\n\nDie Ministerin lädt am 12. März 2026 um 18 Uhr zum "
            "Bürgerdialog in Kiel ein, eine Anmeldung ist erforderlich.\n")
    events = extract(text, source="anmeld", reference=dt.date(2026, 3, 1)).events
    assert [f"{e.start:%d %H:%M}" for e in events if not e.all_day] == ["12 18:00"]

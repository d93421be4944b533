"""The day and hour a German notice says an event was announced or planned for, in a sentence that moves it ("die
für Dienstag, 9. Mai 2023, 10 Uhr, angekündigte Sitzung müssen wir verschieben", "die ursprünglich für den 4. Juni
geplante Führung wird vorverlegt"), are set aside: the event is where the notice moves it, no event is left on the
old day. Seen in world-hundredfourth (a police headquarters' press conference brought forward a day was published
on both days). Texts in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

NOTICE = """Terminänderung: Sitzung des Bauausschusses

Source: Stadt Fulda, Pressestelle

05.05.2023

{moved}

Neuer Termin: Mittwoch, 10. Mai 2023, 16 Uhr, Stadtschloss Fulda, Raum 12.
"""


@pytest.mark.parametrize("moved", [
    "Leider müssen wir die für Dienstag, 9. Mai 2023, 10 Uhr, angekündigte Sitzung des Bauausschusses verschieben.",
    "Die ursprünglich für den 9. Mai 2023 um 10 Uhr geplante Sitzung des Bauausschusses wird verlegt.",
])
def test_the_day_announced_before_the_move_is_no_event(moved: str) -> None:
    events = extract(NOTICE.format(moved=moved), source="t", reference=dt.date(2023, 5, 1)).events
    assert [e.start.isoformat() for e in events] == ["2023-05-10T16:00:00+02:00"]


def test_a_day_announced_with_nothing_moved_stays() -> None:
    said = "Die für Dienstag, 9. Mai 2023, 10 Uhr, angekündigte Sitzung des Bauausschusses findet statt."
    events = extract(NOTICE.format(moved=said), source="t", reference=dt.date(2023, 5, 1)).events
    assert "2023-05-09T10:00:00+02:00" in [e.start.isoformat() for e in events]

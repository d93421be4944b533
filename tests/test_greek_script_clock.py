"""A text written in Greek that names no place keeps Greece's clock (issue #10, "Zones": Greek is written in Greece
and Cyprus, which keep one clock all year, EET and EEST on the EU's days, as Thai or Hangul tell their one country).
Seen in world-hundredfirst (a general staff's notice of a handover ceremony "στις 10:00 το πρωί" at a military
academy: read on the calendar's Brussels clock, an hour late); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _starts(text: str) -> list[str]:
    return sorted(f"{e.start.astimezone(dt.UTC):%Y-%m-%d %H:%M}Z {e.timezone}"
                  for e in extract(text, source="test", reference=_REFERENCE).events
                  if isinstance(e.start, dt.datetime))


def test_winter_ceremony_on_greek_clock() -> None:
    text = ("Τελετή ορκωμοσίας νέων σημαιοφόρων\n\nSource: Σχολή Ναυτικών Δοκίμων\n\n"
            "Η τελετή ορκωμοσίας θα πραγματοποιηθεί την Πέμπτη 12 Φεβρουαρίου 2026, στις 11:30, "
            "στο προαύλιο της Σχολής, παρουσία του υφυπουργού.\n")
    assert _starts(text) == ["2026-02-12 09:30Z Europe/Athens"]


def test_summer_meeting_on_greek_summer_clock() -> None:
    text = ("Συνεδρίαση του δημοτικού συμβουλίου\n\nSource: Γραφείο Τύπου\n\n"
            "Το συμβούλιο θα συνεδριάσει την Τρίτη 14 Ιουλίου 2026, στις 18:00, στην αίθουσα εκδηλώσεων.\n")
    assert _starts(text) == ["2026-07-14 15:00Z Europe/Athens"]

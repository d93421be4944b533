"""A German weekday heading its line with a colon before the line's clock ("Samstag: 10 bis 16 Uhr Führungen",
"Sonntag: 11 bis 15 Uhr Fahrzeugschau") dates that line to that weekday of the days told above, as "Saturday:" and
"Am Samstag:" were read already. Issue #10, the forms left by earlier sessions (a weekend's open days whose
"Samstag:" and "Sonntag:" lines were both put on the first day); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)
_TEXT = ("Tag der offenen Tür\n\nSource: Stadt\n\n"
         "Die Feuerwache lädt am 14. und 15. März 2026 zum Tag der offenen Tür ein.\n\n"
         "Samstag: 10 bis 16 Uhr Führungen.\n"
         "Sonntag: 11 bis 15 Uhr Fahrzeugschau.\n")


def _timed(text: str) -> list[str]:
    events = extract(text, source="test", reference=_REFERENCE).events
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" for e in events if isinstance(e.start, dt.datetime))


def test_each_line_on_its_weekday() -> None:
    assert _timed(_TEXT) == ["2026-03-14 10:00", "2026-03-15 11:00"]


"""German "ab 10 Uhr 30 bis 40 Teilnehmende": the number after "Uhr" opens a range of a count of people ("30 bis 40
Teilnehmende"), not the clock's minutes, so the time is 10:00; "um 14 Uhr 30 bis 16 Uhr", a range of hours, keeps
its minutes. The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers.dates import find_mentions


@pytest.mark.parametrize(("text", "expected"), [
    ("Der Workshop beginnt am 12. Mai 2026 ab 10 Uhr 30 bis 40 Teilnehmende können sich anmelden.", dt.time(10)),
    ("Das Turnier am 3. Juni 2026 startet um 9 Uhr 20 bis 24 Mannschaften treten an.", dt.time(9)),
    ("Die Vorlesung am 3. Juni 2026 beginnt um 14 Uhr 30 bis 16 Uhr im Hörsaal 2.", dt.time(14, 30)),
])
def test_minutes_after_uhr(text: str, expected: dt.time) -> None:
    assert next(m.time for m in find_mentions(text) if m.kind == "time") == expected

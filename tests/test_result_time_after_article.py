"""A race's result after the German indefinite article: "lief … eine 3:41", "mit einer 1:46", "eine 2:09 geschwommen".

An athletics federation's meeting report (leichtathletik.de: an indoor meeting's 1,500 metres) says a runner "eine 3:41
läuft": a time run, not a time of day, and it was read as 03:41 on the report's day. German gives a clock time after
"um", "ab", "von", "gegen" or "bis", never after "eine", "einer" or "einen"; after them a time is a result or a
duration. The texts are our own.
"""

from __future__ import annotations

import datetime as dt

import parsers
from model import Event

_INDOOR = """Hallenmeeting: Überraschung über 1.500 Meter

05.02.2023

Beim Hallenmeeting in Kassel lief Anna Beispiel am Samstag eine 4:12 und gewann das Rennen.
Die Deutschen Hallenmeisterschaften finden am 25. Februar 2023 in Dortmund statt.
"""

_POOL = """Schwimmen: Bestzeit zum Saisonauftakt

12.03.2024

Lena Muster hat beim Saisonauftakt in Rostock über 200 Meter Lagen eine 2:09 geschwommen.
Mit einer 1:58 blieb auch ihr Vereinskollege unter der Norm.
"""

_CLOCK = """Vereinsabend des Laufclubs

12.03.2024

Der Laufclub lädt am Freitag, 22. März 2024, um 19:30 Uhr zum Vereinsabend ins Clubhaus ein.
"""


def _extract(text: str) -> list[Event]:
    return parsers.extract(text, source="x", reference=dt.date(2024, 1, 1)).events


def test_a_run_time_is_no_clock_and_the_championships_stay() -> None:
    events = _extract(_INDOOR)
    assert [e.start for e in events] == [dt.date(2023, 2, 25)]


def test_swum_times_give_no_event() -> None:
    assert _extract(_POOL) == []


def test_a_clock_after_um_stays() -> None:
    # 19:30 in Germany in March (CET) is 18:30 UTC
    [event] = _extract(_CLOCK)
    assert event.start == dt.datetime(2024, 3, 22, 18, 30, tzinfo=dt.UTC)

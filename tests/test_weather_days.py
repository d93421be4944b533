"""The days of a weather story: "After heavy rain on Sunday, Monday brought the first frost", "Thursday is forecast to
be colder, with overnight lows of minus three degrees". A broadcaster's weather report showed it: each weekday became
an event. A sentence that tells the weather in its own words (rain, snow, temperatures, a cold snap, lows of so many
degrees) and names no gathering says when the weather turns, not when something is held; a run or a fair "despite the
rain" stays. The texts are our own.
"""

from __future__ import annotations

import datetime as dt

import parsers


def _days(text: str) -> list[dt.date]:
    events = parsers.extract(text, source="x", reference=dt.date(2025, 11, 4)).events
    return sorted(e.start.date() if isinstance(e.start, dt.datetime) else e.start for e in events)


def test_a_weather_story_announces_nothing() -> None:
    text = ("Early frost grips the north\n\nWritten: 2025-11-04 09:12:40 / Updated: 2025-11-04 09:40:02\n\n"
            "Anchor: After a wet weekend, Monday morning was met with icy winds that brought the first frost of the"
            " season.\n\nThursday is forecast to be colder still, with overnight lows of minus three degrees in the"
            " valleys.\n\nThe cold snap should peak on Thursday before temperatures climb back up on Saturday, the"
            " weather service said.\n")
    assert _days(text) == []


def test_a_gathering_named_beside_the_weather_stays() -> None:
    text = ("Harbour fun run\n\nThe harbour fun run goes ahead on Sunday, 9 November 2025, at 10 am despite the heavy"
            " rain forecast for the weekend.\n")
    assert _days(text) == [dt.date(2025, 11, 9)]


def test_a_symposium_about_rainfall_stays() -> None:
    text = ("Rain gauges across the delta\n\nA symposium on 12 December 2025 sums up ten years of rainfall"
            " measurement in the delta.\n")
    assert _days(text) == [dt.date(2025, 12, 12)]

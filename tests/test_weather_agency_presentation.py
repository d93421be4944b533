"""A weather agency's presentation is a gathering: "The Seasonal Outlook of the National Meteorological Agency will be
presented on Thursday, March 5, 2026, in the capital" names the agency (a weather word) and no gathering word, and its
day was dropped as the weather's. A presentation, or a forecast that "will be presented" / "is to be unveiled", is
held on its day whatever the forecast says. The weather itself stays no event. Seen in world-hundredthirtythird
(NiMet's Seasonal Climate Prediction, presented on a Tuesday in Abuja). Texts in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from parsers.weather import weather

HEAD = "Outlook date fixed\n\nSource: Test weather agency\n\nFebruary 2, 2026\n\n"


def _days(sentence: str) -> list[str]:
    return [e.start.isoformat() for e in extract(HEAD + sentence + "\n", source="t",
                                                 reference=dt.date(2026, 2, 2)).events]


def test_a_forecast_presented_on_its_day_is_an_event() -> None:
    assert _days("The 2026 Seasonal Outlook of the National Meteorological Agency will be presented on Thursday, "
                 "March 5, 2026, in the capital.") == ["2026-03-05"]


def test_the_presentation_named_is_a_gathering() -> None:
    assert not weather("The presentation of the Meteorological Agency's outlook is on Thursday.")


def test_an_outlook_to_be_unveiled_is_no_weather_sentence() -> None:
    assert not weather("The rainfall outlook of the Meteorological Service is to be unveiled on Monday.")


def test_the_weather_itself_stays_weather() -> None:
    assert weather("The Meteorological Agency expects heavy rain and thunderstorms on Thursday, March 5.")

"""A panel, a round table or a debate named in a sentence that also holds a weather word ("the panel ... prepared
with the head of forecasting at the Meteorological Service"): a gathering, whose day and time stay, as a meeting's
do (issue #10, "Not events": weather.py leaves sentences that name a gathering). Seen in world-ninetyfirst (a UN
agency's media advisory); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2027, 5, 1)


def _starts(text: str) -> list[str]:
    return [f"{e.start:%Y-%m-%d %H:%M}" for e in extract(text, source="test", reference=_REFERENCE).events
            if isinstance(e.start, dt.datetime)]


@pytest.mark.parametrize("what", ["The panel", "The round table", "The debate", "The keynote"])
def test_gathering_beside_a_weather_service(what: str) -> None:
    text = (f"Flood warnings\n\nSource: Agency\n\n{what} \"Warnings that reach the villages\", on 12 May 2027, "
            f"from 14:00 to 15:30, Hall B, was prepared by Ms Ada Lind, head of forecasting at the National "
            f"Meteorological Service; she will speak in it.\n")
    assert _starts(text) == ["2027-05-12 14:00"]


def test_forecast_alone_is_still_weather() -> None:
    text = ("Weekend outlook\n\nSource: Agency\n\nThe National Meteorological Service expects heavy rain on Saturday "
            "12 June 2027 from 14:00, with temperatures falling to 9 degrees.\n")
    assert _starts(text) == []

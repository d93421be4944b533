"""A forecast told in Italian, Spanish, Portuguese, French or German ("piogge, temporali e nevicate previste per
oggi", "se esperan lluvias y tormentas este jueves", "des orages sont attendus samedi", "am Freitag ziehen Gewitter
auf") dates the weather, not a gathering, as the English words for it already say: an Italian daily's forecast gave
two all-day events on its own day (pages-p27, lastampa.it). A gathering named beside the weather keeps its day
("la partita si gioca domenica nonostante la pioggia"). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Il tempo della settimana

Source: Gazzetta del Nord

Published: 19 February 2031

{body}
"""

# (body, why): each item tells only the weather
FORECASTS = [
    ("Piogge, temporali e nevicate previste per oggi nelle valli del nord. Il sole tornerà in poche ore.",
     "Italian: a forecast for today"),
    ("Nel corso del pomeriggio di oggi, mercoledì 19 febbraio, il maltempo porterà rovesci sulle coste.",
     "Italian: today with its weekday and day"),
    ("Se esperan lluvias y tormentas este viernes 21 de febrero en la región del norte.", "Spanish"),
    ("Des orages et des averses sont attendus le samedi 22 février sur le sud-est.", "French"),
    ("Am Freitag, 21. Februar, ziehen Gewitter und Starkregen über den Süden.", "German"),
]


@pytest.mark.parametrize(("body", "why"), FORECASTS)
def test_a_forecast_is_no_event(body: str, why: str) -> None:
    events = extract(ITEM.format(body=body), source="meteo", reference=dt.date(2031, 2, 18), default_zone="UTC").events
    assert [e.start for e in events] == [], why


def test_a_gathering_beside_the_weather_keeps_its_day() -> None:
    body = "La partita di rugby si gioca domenica 23 febbraio nonostante la pioggia prevista."
    events = extract(ITEM.format(body=body), source="meteo", reference=dt.date(2031, 2, 18), default_zone="UTC").events
    assert [e.start.isoformat() for e in events] == ["2031-02-23"]

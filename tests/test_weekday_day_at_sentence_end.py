"""A weekday and its day of the month that end a sentence ("... nei distretti sabato 28.", "... again on Thursday
15."), the month from the stamp: a day, as the same before a comma already was; a clock's stop ("Tuesday 10.30") is
not a sentence's (world-hundredfortysixth 10: "in Cassazione giovedì 26, nei distretti di Corte d'Appello sabato 28."
lost its Saturday). Texts in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract


def _events(text: str, zone: str) -> list[str]:
    found = extract(text, source="test", reference=dt.date(2031, 1, 1), default_zone=zone).events
    return sorted(e.start.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M") if isinstance(e.start, dt.datetime)
                  else f"{e.start:%Y-%m-%d} (day)" for e in found)


def test_italian_two_ceremonies_the_second_ending_the_sentence() -> None:
    text = ("Avviso\n\nSource: Consiglio\n\nMercoledì 15 gennaio 2031\n\n"
            "I magistrati saranno presenti alle cerimonie dell'anno giudiziario: a Roma venerdì 24, nelle sedi "
            "delle Corti d'Appello sabato 25.\n")
    assert _events(text, "Europe/Rome") == ["2031-01-24 (day)", "2031-01-25 (day)"]


def test_english_a_sitting_named_last_in_its_sentence() -> None:
    text = ("Notice\n\nSource: Tribunal\n\nPublished 3 April 2031\n\n"
            "The tribunal will hear the remaining witnesses on Thursday 10.\n")
    assert _events(text, "Europe/London") == ["2031-04-10 (day)"]


def test_a_clock_after_the_weekday_is_no_day_of_the_month() -> None:
    text = ("Notice\n\nSource: Tribunal\n\nPublished 3 April 2031\n\n"
            "The tribunal will hear the remaining witnesses on Tuesday 10.30 am in room 2.\n")
    assert "2031-04-10 (day)" not in _events(text, "Europe/London")

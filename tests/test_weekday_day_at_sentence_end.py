"""An Italian weekday and its day of the month that end a sentence ("... nei distretti sabato 28."), the month from
the stamp: a day, as the same before a comma already was; a clock's stop ("martedì 10.30") is not a sentence's, and
other languages keep their reading ("on Monday 17 and on Tuesday 18." after a clock) (world-hundredfortysixth 10: "in
Cassazione giovedì 26, nei distretti di Corte d'Appello sabato 28." lost its Saturday). Texts in our own words."""

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


def test_italian_a_hearing_named_last_in_its_sentence() -> None:
    text = ("Avviso\n\nSource: Tribunale\n\nGiovedì 3 aprile 2031\n\n"
            "Il tribunale sentirà gli ultimi testimoni della causa martedì 8.\n")
    assert _events(text, "Europe/Rome") == ["2031-04-08 (day)"]


def test_a_clock_after_the_weekday_is_no_day_of_the_month() -> None:
    text = ("Avviso\n\nSource: Tribunale\n\nGiovedì 3 aprile 2031\n\n"
            "Il tribunale sentirà gli ultimi testimoni martedì 10.30 nell'aula 2.\n")
    assert "2031-04-10 (day)" not in _events(text, "Europe/Rome")

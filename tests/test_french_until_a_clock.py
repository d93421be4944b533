""""jusqu'à 21h00": the French "until" before a clock, whose "à" the time's mention holds ("à 21h00"), as English "by"
before "at 5 p.m.". The clock ends an alert or a closure, it opens nothing. Seen in the pages-p54 work, in a
Libération story of the same goose3 test folder as the set's Le Figaro page: a weather alert in force "jusqu'à
21h00" became two timed events. Texts of our own, run through `extract`."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

REFERENCE = dt.date(2012, 10, 27)


def starts_of(body: str) -> list[str]:
    text = f"Avis\n\nPublié le 27 octobre 2012\n\n{body}\n"
    return [f"{e.start:%Y-%m-%d %H:%M}" for e in extract(text, source="t", reference=REFERENCE,
                                                          default_zone="Europe/Paris", zone_given=True).events]


@pytest.mark.parametrize(("body", "why"), [
    ("Sont concernés l'Ardèche et l'Isère jusqu'à 21h00, le Vaucluse jusqu'à 22h00.", "an alert's end"),
    ("Les départements sont placés en vigilance orange jusqu’à 21h00.", "the curly apostrophe"),
    ("La route est fermée jusqu'à 18h00.", "a closure's end"),
])
def test_until_a_clock_is_no_start(body: str, why: str) -> None:
    assert starts_of(body) == [], why


@pytest.mark.parametrize(("body", "expected", "why"), [
    ("La conférence de presse aura lieu à 11h00 à la mairie.", ["2012-10-27 11:00"], "a clock after « à »"),
    ("Le concert commence à 20h30 et dure jusqu'à 23h00.", ["2012-10-27 20:30"], "a start, then its end"),
])
def test_a_clock_after_a_stays(body: str, expected: list[str], why: str) -> None:
    assert starts_of(body) == expected, why

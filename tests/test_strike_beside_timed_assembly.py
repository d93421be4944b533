"""A strike named with its day ("la grève interprofessionnelle du mardi 24 septembre", "the national strike on 24
September", "zum Warnstreik am Dienstag, 24. September") is a day-long happening of its own, not that day's timed
assembly said without its time (pages-p51: a union assembly's decisions merged the strike into its 17h assembly, which
was "to decide what follows the strike"). A day said again without its time still merges. Texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2031, 9, 10)


def _starts(text: str, zone: str) -> list[str]:
    events = extract(text, source="test", reference=_REFERENCE, default_zone=zone).events
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" if isinstance(e.start, dt.datetime) else f"{e.start}" for e in events)


@pytest.mark.parametrize(("text", "zone"), [
    ("Décisions de l’assemblée\n\nL’assemblée appelle à rejoindre la grève interprofessionnelle du mardi 23 septembre"
     " contre la réforme, avec un cortège dans la manifestation.\n\nElle appelle à une nouvelle assemblée pour décider"
     " des suites à donner à la grève, le mardi 23 septembre à 17h à la Bourse du Travail.\n", "Europe/Paris"),
    ("Decisions of the assembly\n\nThe assembly calls on all staff to join the national strike on 23 September"
     " against the reform.\n\nIt calls a new assembly to decide what follows the strike, on Tuesday 23 September at"
     " 5 pm at the Labour Hall.\n", "Europe/London"),
    ("Beschlüsse der Versammlung\n\nDie Gewerkschaft ruft zum Warnstreik am Dienstag, 23. September auf.\n\nDie"
     " Mitgliederversammlung tagt am Dienstag, 23. September, um 17 Uhr im Gewerkschaftshaus.\n", "Europe/Berlin"),
])
def test_a_strike_and_the_days_assembly_are_two(text: str, zone: str) -> None:
    assert _starts(text, zone) == ["2031-09-23", "2031-09-23 17:00"]


def test_a_day_said_again_without_its_time_merges() -> None:
    text = ("Assembly of the staff\n\nThe staff assembly meets on 23 September.\n\nThe assembly meets on Tuesday"
            " 23 September at 5 pm at the Labour Hall.\n")
    assert _starts(text, "Europe/London") == ["2031-09-23 17:00"]


def test_schools_on_strike_that_day_are_no_strike_of_their_own() -> None:
    text = ("Décisions de l’assemblée\n\nL’assemblée a réuni le mardi 23 septembre des collègues de dix lycées en"
            " grève le mardi 23 septembre.\n\nElle appelle à une nouvelle assemblée le mardi 23 septembre à 17h à la"
            " Bourse du Travail.\n")
    assert _starts(text, "Europe/Paris") == ["2031-09-23 17:00"]


def test_one_strike_told_twice_is_one() -> None:
    text = ("Décisions de l’assemblée\n\nLes syndicats lancent un appel à la grève le 23 septembre.\n\nL’assemblée"
            " appelle à rejoindre la grève interprofessionnelle du mardi 23 septembre contre la réforme.\n\nElle"
            " appelle à une nouvelle assemblée le mardi 23 septembre à 17h à la Bourse du Travail.\n")
    assert _starts(text, "Europe/Paris") == ["2031-09-23", "2031-09-23 17:00"]

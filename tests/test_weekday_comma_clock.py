"""A bare weekday set off by a comma before its clock, "mercoledì, alle 10.30", "mardi, à 15h" (issue #10, "Dates":
a release under its stamp names the day by its weekday alone and puts the clock after a comma): the next such day
after the stamp, as "mercoledì alle 10.30" without the comma is, not the stamp's own day. Seen in world-ninetysixth
(an army's calendar launched "mercoledì, alle 10.30" under a Tuesday's stamp was put on the Tuesday); the texts are
ours."""

from __future__ import annotations

import datetime as dt

from tests.conftest import timed_starts_of

_REFERENCE = dt.date(2026, 1, 10)


def _starts(text: str) -> list[str]:
    return timed_starts_of(text, _REFERENCE)


def test_italian_weekday_before_its_clock_after_a_comma() -> None:
    text = ("Presentazione del rapporto annuale\n\nSource: Marina Militare\n\n3 marzo 2026\n\n"
            "Il rapporto annuale sarà presentato giovedì, alle 11.15, nella sala stampa del Ministero a Roma.\n")
    assert _starts(text) == ["2026-03-05 11:15"]


def test_french_weekday_before_its_clock_after_a_comma() -> None:
    text = ("Point presse du ministère\n\nSource: Ministère des Armées\n\n3 mars 2026\n\n"
            "Le porte-parole tiendra un point presse vendredi, à 15h30, dans la salle de presse à Paris.\n")
    assert _starts(text) == ["2026-03-06 15:30"]


def test_a_list_of_weekdays_names_no_day() -> None:
    # a weekday of a list set off by commas, the clock after the last one: the rule needs the clock after the comma
    text = ("Orari della mostra\n\nSource: Esercito\n\n3 marzo 2026\n\n"
            "La mostra sarà aperta martedì, giovedì e sabato alle 10.\n")
    assert "2026-03-03 10:00" not in _starts(text)


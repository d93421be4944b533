"""The eve of a day names the day a thing comes just before, not a day something happens on: "the plenum, held on
the eve of May Day" in Spanish ("en vísperas del primero de mayo", "la víspera del 1 de mayo"), German ("am Vorabend
des 1. Mai"), Italian ("alla vigilia del 1° maggio") and French ("à la veille du 1er mai", "la veille du scrutin du
12 juin") gives no event on 1 May; the day said plainly still does.
Seen in pages-p57 (cubadebate.cu, a party plenum that "se celebra … en vísperas del primero de mayo"). Texts in our
own words; the French seen in note50's "Left" (a day read though notevents lists "veille du")."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract


def _days(sentence: str) -> list[str]:
    events = extract(f"Plenum\n\n{sentence}\n", source="t", reference=dt.date(2022, 4, 26)).events
    return [e.start.strftime("%Y-%m-%d") for e in events]


@pytest.mark.parametrize(
    "sentence",
    [
        "El encuentro de la asociación se celebra en vísperas del primero de mayo.",
        "El encuentro de la asociación se celebra en vísperas del 1 de mayo.",
        "La reunión de la junta se celebra la víspera del 1 de mayo.",
        "Die Sitzung des Vorstands findet am Vorabend des 1. Mai statt.",
        "La riunione del consiglio si tiene alla vigilia del 1° maggio.",
        # French, where "la veille" is read as a day of its own, which the day after it joins
        "La réunion du bureau se tient à la veille du 1er mai.",
        "La réunion du bureau se tient la veille du 1er mai.",
        # the eve of a thing of the day: "la veille du scrutin du 12 juin"
        "La réunion du bureau se tient la veille du scrutin du 1er mai.",
        "La réunion du bureau se tient le lendemain de l'élection du 1er mai.",
    ],
)
def test_the_eve_of_a_day_is_no_event_on_it(sentence: str) -> None:
    assert _days(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "El encuentro de la asociación se celebra el 1 de mayo.",
        "Die Sitzung des Vorstands findet am 1. Mai statt.",
        "La réunion du bureau se tient le 1er mai.",
        "La réunion du bureau se tient le lendemain, le 1er mai.",
    ],
)
def test_the_day_said_plainly_stays(sentence: str) -> None:
    assert _days(sentence) == ["2022-05-01"]

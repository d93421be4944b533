"""The French cleft of lateness, "Ce n'est que le 14 mars que ..." (not until that day): told in the passé composé,
or with a day without its year in the present of a narration, it is the day something was at last found or done,
no event. A late day still to come is told in the future or with a plan's word, and stays an event."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

REFERENCE = dt.date(2031, 2, 20)


def starts(body: str) -> list[str]:
    events = extract(f"Chronique\n\nPublié le 20 février 2031\n\n{body}\n", source="t", reference=REFERENCE,
                     default_zone="Europe/Paris").events
    return sorted(e.start.isoformat()[:16] for e in events)


@pytest.mark.parametrize("body", [
    # narration in the present: the report of the inquiry, months before the page was written
    "La commission rend d'abord un avis prudent. Ce n'est que le 14 mars que l'expertise du moteur établit la"
    " cause de la panne et confirme l'erreur de montage.",
    # the passé composé after the cleft, as "C'est le 14 mars que ... a" already was
    "Ce n'est que le 14 mars que l'expertise a établi la cause de la panne.",
    "Ce n'est qu'au 2 avril que le chantier naval a livré la coque réparée.",
])
def test_a_late_day_told_as_done_is_no_event(body: str) -> None:
    assert starts(body) == []


@pytest.mark.parametrize(("body", "expected"), [
    # a late day still to come, told in the future
    ("Ce n'est que le 14 mars que la médiathèque rouvrira ses portes au public.", ["2031-03-14"]),
    # the same future in the first and second persons, as a release speaks for itself or to its readers
    ("Ce n'est que le 14 mars que nous rouvrirons la médiathèque au public.", ["2031-03-14"]),
    ("Ce n'est que le 14 mars que vous pourrez visiter la médiathèque rénovée.", ["2031-03-14"]),
    # the present of an announcement with its plan's word
    ("Ce n'est que le 14 mars que la médiathèque rouvre ses portes, comme prévu par la mairie.", ["2031-03-14"]),
    # a full date: the present may announce it
    ("Ce n'est que le 14 mars 2031 que la médiathèque rouvre ses portes.", ["2031-03-14"]),
])
def test_a_late_day_to_come_stays_an_event(body: str, expected: list[str]) -> None:
    assert starts(body) == expected

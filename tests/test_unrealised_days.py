"""A day told in the conditional perfect ("the programme that would have gone out the next day", "qui aurait dû être
diffusée le lendemain", "die Sitzung hätte am 5. Mai stattfinden sollen") is what was to happen and did not: no
event. The same day told as a plan, or as held, stays an event. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

REFERENCE = dt.date(2031, 6, 9)


def _days(text: str, zone: str) -> list[str]:
    events = extract(text, source="t", reference=REFERENCE, default_zone=zone).events
    return sorted(f"{e.start:%Y-%m-%d}" for e in events)


@pytest.mark.parametrize(("text", "zone", "why"), [
    ("Radio drops three shows\n\nThe station told us on Monday 21 April 2031 that three shows were dropped, in a call "
     "about a programme that should have gone out the next day.", "Europe/London", "English 'should have'"),
    ("Concert called off\n\nThe choir's spring concert, which would have been held on Saturday 3 May 2031 in the "
     "town hall, is off for lack of singers.", "Europe/London", "English 'would have been held on'"),
    ("Radio : trois émissions supprimées\n\nLa radio nous annonce le lundi 21 avril 2031 que trois émissions sont "
     "supprimées, au détour d'un appel concernant une émission qui aurait dû être diffusée le lendemain.",
     "Europe/Paris", "French 'aurait dû être diffusée'"),
    ("Sitzung abgesagt\n\nDie Sitzung des Kulturausschusses hätte am 5. Mai 2031 im Rathaus stattfinden sollen; sie "
     "fällt mangels Beschlussfähigkeit aus.", "Europe/Berlin", "German 'hätte am … stattfinden sollen'"),
    ("Concierto suspendido\n\nEl concierto de primavera, que debería haberse celebrado el 5 de mayo de 2031 en la "
     "plaza, queda suspendido.", "Europe/Madrid", "Spanish 'debería haberse celebrado'"),
])
def test_a_day_told_in_the_conditional_perfect_is_no_event(text: str, zone: str, why: str) -> None:
    assert not {"2031-04-22", "2031-05-03", "2031-05-05"} & set(_days(text, zone)), why


@pytest.mark.parametrize(("text", "zone", "day", "why"), [
    ("Spring concert\n\nThe choir's spring concert will be held on Saturday 3 May 2031 in the town hall.",
     "Europe/London", "2031-05-03", "a plan told in the future stays an event"),
    ("Concert de printemps\n\nLe concert de printemps aura lieu le samedi 3 mai 2031 à la mairie.", "Europe/Paris",
     "2031-05-03", "French future 'aura lieu': an event"),
])
def test_a_plan_stays_an_event(text: str, zone: str, day: str, why: str) -> None:
    assert day in _days(text, zone), why

"""When admissions end ("last admission at 11:00", "dernier accès à bord à 11h00, fin des visites à 12h00", "letzter
Einlass um 16 Uhr") is a bound of a place's opening hours, no event of its own (world-hundredninth: a navy's open
ship). The opening and the events around it stay. The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2031, 1, 10)


def _times(body: str) -> list[str]:
    text = f"Open ship\n\nSource: French Navy, Brest\n\n{body}\n"
    return [f"{e.start:%H:%M}" for e in extract(text, source="test", reference=_REFERENCE).events
            if isinstance(e.start, dt.datetime)]


@pytest.mark.parametrize("body", [
    "The frigate is open to the public on Saturday 4 October 2031 from 9:00; last admission at 11:00, end of visits"
    " at 12:00.\n\nA concert follows on the quay at 15:00.",
    "Le public est accueilli à bord le samedi 4 octobre 2031 dès 9h00 ; dernier accès à bord à 11h00, fin des"
    " visites à 12h00.\n\nUn concert est donné sur le quai à 15h00.",
    "Die Fregatte ist am Samstag, 4. Oktober 2031, ab 9 Uhr für Besucher geöffnet; letzter Einlass um 11 Uhr.\n\n"
    "Ein Konzert folgt um 15 Uhr am Kai.",
])
def test_the_end_of_admissions_is_no_event(body: str) -> None:
    assert _times(body) == ["09:00", "15:00"]


def test_a_last_event_of_the_day_stays() -> None:
    body = "On Saturday 4 October 2031 the frigate opens at 9:00, and the last concert of the festival starts at 17:00."
    assert _times(body) == ["09:00", "17:00"]

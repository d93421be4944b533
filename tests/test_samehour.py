"""A sentence that opens with "at that same hour" ("A esa misma hora, ...", "À la même heure, ...", "At that same
hour, ..."): another event, at the clock time of the one told just before, on its day; not merged with it.

Form: ministers' programmes that give one time and then, in the next paragraph, what happens elsewhere at that hour.
Seen in an Argentine foreign ministry's programme of a state visit (world-sixtyninth): the binational meeting of
ministers was not read. Texts of our own here.
"""

from __future__ import annotations

import datetime as dt

import pytest

from model import Article
from parsers import extract_articles

_DAY = dt.date(2031, 5, 6)


def _events(body: str) -> list[tuple[str, str]]:
    article = Article(source="t", title="Programme", body=body, published=_DAY)
    return [(f"{e.start:%H:%M}", e.summary) for e in extract_articles([article], reference=_DAY).events
            if isinstance(e.start, dt.datetime)]


@pytest.mark.parametrize(("first", "then"), [
    ("A las 11 el presidente inaugurará la feria del libro en Rosario.",
     "A esa misma hora, en la sede de la cancillería, los ministros firmarán el acuerdo pesquero."),
    ("Às 11h o presidente inaugura a feira do livro em Recife.",
     "No mesmo horário, na sede do Itamaraty, os ministros assinam o acordo de pesca."),
    ("At 11:00 the President opens the book fair in the Town Hall of Leeds.",
     "At that same hour, at the ministry, the ministers sign the fisheries agreement."),
    ("À 11 h, le président inaugure le salon du livre à Lyon.",
     "À la même heure, au ministère, les ministres signent l'accord de pêche."),
])
def test_another_event_at_the_hour_before(first: str, then: str) -> None:
    events = _events(f"{first}\n\n{then}")
    assert [time for time, _ in events] == ["11:00", "11:00"]
    assert any(any(word in summary for word in ("pesquero", "pesca", "fisheries", "pêche")) for _, summary in events)


def test_in_the_same_paragraph_too() -> None:
    events = _events("At 11:00 the President opens the book fair in the Town Hall of Leeds. At that same hour,"
                     " at the ministry, the ministers sign the fisheries agreement.")
    assert [time for time, _ in events] == ["11:00", "11:00"]


def test_at_the_same_time_is_besides_not_a_clock() -> None:
    events = _events("At 11:00 the President opens the book fair in the Town Hall of Leeds.\n\n"
                     "At the same time, the ministry says, the fair grows each year.")
    assert len(events) == 1


def test_no_hour_before_no_event() -> None:
    assert _events("A esa misma hora, en la sede de la cancillería, los ministros firmarán el acuerdo.") == []


def test_a_state_of_things_at_that_hour_is_no_event() -> None:
    events = _events("A las 10:00 el ministro inaugurará la feria en Asunción.\n\n"
                     "A esa hora, las calles del centro estarán cerradas al tránsito.")
    assert len(events) == 1

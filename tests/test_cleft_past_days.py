"""A French cleft sentence that puts a past day first, "C'est le 16 juillet 2013 que le Secrétaire général l'a nommé
Directeur" (issue #10, "Not events": history): the deed is told after the day, in the passé composé, so the day is one
something was done on, as "l'a nommé Directeur le 16 juillet 2013" is; a cleft of a deed to come ("C'est le 20 juin
que se tiendra ...") still names the event's day. Seen in world-hundredthirteenth (a UNDP release on a director's
visit, ending with his appointment); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2014, 5, 24)
_HEAD = "Le Directeur régional attendu à Lomé\n\nSource: Bureau pays\n\n24 mai 2014\n\n"


def _days(text: str) -> list[str]:
    out = []
    for e in extract(text, source="test", reference=_REFERENCE).events:
        day = e.start.date() if isinstance(e.start, dt.datetime) else e.start
        out.append(f"{day:%Y-%m-%d}")
    return sorted(out)


@pytest.mark.parametrize("history", [
    "C'est le 16 juillet 2013 que le Secrétaire général l'a nommé Directeur régional.",
    "C'est le 3 mars 2014 que le conseil d'administration a approuvé son programme.",
    "C'est en effet le 9 janvier 2014 qu'ils ont signé l'accord de siège.",
    "C'est le 2 avril 2012 que M. Kim, Administrateur du Programme des Nations Unies, l'a reçu à New York.",
])
def test_a_cleft_of_a_deed_done_is_no_event(history: str) -> None:
    text = _HEAD + "Le Directeur donnera une conférence publique le 28 mai 2014 à l'université.\n" + history + "\n"
    assert _days(text) == ["2014-05-28"]


@pytest.mark.parametrize("to_come", [
    "C'est le 20 juin 2014 que se tiendra la réunion du comité de pilotage à Lomé.",
    # (a past deed told in a relative clause of the deed to come: "à laquelle ont été invités", "auquel ont contribué")
    "C'est le 20 juin 2014 que se tiendra à Lomé la réunion à laquelle ont été invités les ministres.",
    "C'est le 20 juin 2014 que sera inauguré le nouveau pont, auquel ont contribué les trois régions.",
])
def test_a_cleft_of_a_deed_to_come_is_an_event(to_come: str) -> None:
    assert _days(_HEAD + to_come + "\n") == ["2014-06-20"]

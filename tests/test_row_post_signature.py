"""A schedule row quoted from a social-media post ends with the post's signature, its author's handle and the day it
was posted: "10 h : Inauguration du pont — Mairie (@mairie_x) 3 mars 2026" (issue #10, "Not events"). The posting day
is no day of the row: the row keeps the day of its heading. Seen in world-eightyfourth (a presidency's tweeted agenda
"du dimanche 26 novembre 2017" quoted in a news item, whose 15 h row went to the tweet's 24 November); the texts are
ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 3, 1)


def _starts(body: str) -> list[dt.datetime]:
    text = f"Le programme de la visite\n\nSource: Journal de la Côte\n\n04/03/2026\n\n{body}\n"
    return [e.start for e in extract(text, source="test", reference=_REFERENCE).events
            if isinstance(e.start, dt.datetime)]


def test_the_row_keeps_its_heading_day() -> None:
    found = _starts("PROGRAMME DU MAIRE DU SAMEDI 7 MARS 2026\n\n"
                    "10 h : Inauguration du pont de la Lagune — Mairie de Dakar (@MairieDakar) 5 mars 2026")
    assert [(s.day, s.hour) for s in found] == [(7, 10)]


def test_an_english_post() -> None:
    found = _starts("SCHEDULE FOR SATURDAY, MARCH 7, 2026\n\n"
                    "11:00 Opening of the harbour bridge — City Hall (@cityhall_pr) March 5, 2026")
    assert [(s.day, s.hour) for s in found] == [(7, 11)]

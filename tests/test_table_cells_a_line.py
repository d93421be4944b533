"""A table pasted one cell a line: a time, then who, then what, then where ("| 11:30 |" / "Minister X, Ministry of
Y |" / "Two grants for the town of Z" / "Kastanienhof playground, Z |") (issue #10, "Layout": "schedules pasted one
table cell per line"). The line under the entry line goes on saying what the entry is, so its words are the event's.
Seen in world-sixtyseventh (a Land government's ministers' plan, whose rows kept only the minister's name); the texts
are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 12, 5)


def _texts(body: str) -> list[str]:
    text = f"Ministers' week\n\nSource: Land Government of Westmark\n\n{body}\n"
    return [f"{e.summary} {e.sentence} {e.location}" for e in
            extract(text, source="test", reference=_REFERENCE).events]


def test_the_what_cell_under_the_who_cell() -> None:
    body = ("Donnerstag, 12.03.2026\n| Uhrzeit | Person | Details und Adresse |\n|---|---|---|\n| 09:30 |\n"
            "Ministerin Jana Vogt, Ministerium für Umwelt |\n"
            "Die Ministerin übergibt die Förderurkunde für den Deichbau\n"
            "Rathaus, Markt 1, Husum |\n| 15:00 |\nMinister Olaf Brandt, Ministerium für Verkehr |\n"
            "Der Minister gibt die Umgehungsstraße Nord frei\nKreisel an der B5, Heide |")
    texts = _texts(body)
    assert len(texts) == 2
    assert "Deichbau" in texts[0]
    assert "Umgehungsstraße" in texts[1]


def test_a_label_cell_is_not_the_entry_s() -> None:
    body = ("Friday, March 13, 2026\n| 10:00 a.m. |\nThe Premier meets the mayors of the coast. |\nMedia note: |\n"
            "Closed to media\n| 2:00 p.m. |\nThe Premier opens the ferry terminal. |")
    texts = _texts(body)
    assert len(texts) == 2
    assert "Media note" not in texts[0]

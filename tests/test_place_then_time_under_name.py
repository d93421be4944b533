"""A daily agenda whose entries each take two lines: what happens, then the place and, at the line's end, the time
("Presentation of the regional water plan" / "Lucca, Palazzo Ducale, Cortile Carrara 1, ore 11.00") (issue #10,
"Layout": a regional executive's agenda of the day, grouped by member). The entry is named by the line above its
place and time, not by its address. Seen in world-hundrednineteenth (a regional executive's day: four of five entries
were published under their addresses alone, what happened left out); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 3, 1)


def _entries(text: str) -> dict[str, str]:
    return {f"{e.start:%H:%M}": e.summary for e in extract(text, source="test", reference=_REFERENCE).events
            if isinstance(e.start, dt.datetime)}


def test_italian_agenda_of_the_day() -> None:
    text = ("Regione: gli appuntamenti di martedì 10 marzo\n\nSource: Regione\n\n10 marzo 2026\n\n"
            "LUCCA – Gli impegni di oggi della Giunta:\n\n"
            "Maria Bianchi\nPresentazione del piano regionale delle acque\n"
            "Lucca, Palazzo Ducale, Cortile Carrara 1, ore 11.00\n"
            "Premiazione del concorso fotografico per le scuole\n"
            "Pisa, via Roma 12, ore 16.30\n")
    entries = _entries(text)
    assert "piano regionale delle acque" in entries["11:00"]
    assert "concorso fotografico" in entries["16:30"]


def test_english_agenda_of_the_day() -> None:
    text = ("Cabinet diary, Tuesday 10 March\n\nSource: Executive\n\n10 March 2026\n\n"
            "Today's engagements of the First Minister:\n\n"
            "Launch of the coastal path strategy\n"
            "Harbour Centre, 4 Quay Street, Tenby, at 10.30\n")
    assert "coastal path strategy" in _entries(text)["10:30"]

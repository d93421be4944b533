"""Names and date lines taking turns, a handbook's layout (issue #10, "Layout"): "Opening of the session" over
"Tuesday 10 March 2026", "General debate" over "Monday 16 March to Friday 20 March 2026": each date line belongs to
the name above it, not to the line below, as a day heading over its entries would. Seen in world-eightyeighth (a
delegates' handbook in Spanish, meeting names each over "Lunes 19 de septiembre de 2016"); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _events(text: str) -> list[tuple[str, str]]:
    """Each event's first and last day and its title."""
    out = []
    for e in extract(text, source="test", reference=_REFERENCE).events:
        last = e.end - dt.timedelta(days=1) if isinstance(e.end, dt.date) and not isinstance(e.end, dt.datetime) \
            else e.end
        out.append((f"{e.start:%Y-%m-%d}..{last:%Y-%m-%d}", e.summary))
    return sorted(out)


def test_english_names_over_their_days() -> None:
    text = ("Delegates' guide: dates of the session\n\nSource: Assembly Secretariat\n\n"
            "Guide for delegates, 40th session of the Assembly\nOpening of the 40th session\nTuesday 10 March 2026\n"
            "General debate of the 40th session\nMonday 16 March to Friday 20 March 2026\nHIGH-LEVEL MEETINGS\n"
            "On water and sanitation: high-level plenary meeting\nWednesday 18 March 2026\n")
    events = _events(text)
    assert [days for days, _ in events] == ["2026-03-10..2026-03-10", "2026-03-16..2026-03-20",
                                            "2026-03-18..2026-03-18"]
    assert [word in title for word, (_, title) in zip(("Opening", "General debate", "water"), events, strict=True)] \
        == [True, True, True]


def test_spanish_names_over_their_days() -> None:
    text = ("Guía del delegado\n\nSource: Secretaría de la Asamblea\n\n"
            "Guía del delegado: Asamblea, 40º período de sesiones\nApertura del 40º período\n"
            "Martes 10 de marzo de 2026\nDebate general del 40º período\n"
            "Del lunes 16 al viernes 20 de marzo de 2026\nReunión plenaria de alto nivel sobre la pesca\n"
            "Jueves 19 de marzo de 2026\n")
    events = _events(text)
    assert [days for days, _ in events] == ["2026-03-10..2026-03-10", "2026-03-16..2026-03-20",
                                            "2026-03-19..2026-03-19"]
    assert [word in title for word, (_, title) in zip(("Apertura", "Debate general", "pesca"), events, strict=True)] \
        == [True, True, True]


def test_a_day_heading_over_its_entries_is_unchanged() -> None:
    text = ("The mayor's week\n\nSource: City Hall\n\nThe mayor's public engagements\nTuesday 10 March 2026\n"
            "Opening of the new library\nWednesday 11 March 2026\nMeeting with the youth council\n")
    events = _events(text)
    assert [days for days, _ in events] == ["2026-03-10..2026-03-10", "2026-03-11..2026-03-11"]
    assert "library" in events[0][1]
    assert "youth council" in events[1][1]

"""Flemish clock times with the hour's letter "u" (for "uur"), "om 14u00", "om 9u30", "van 10u tot 12u" (issue #10,
"Time forms": Belgian Dutch writes "u" where French writes "h"). Seen in world-hundredfirst (a defence ministry's list
of press releases: "op vrijdag 25 juli 2014, om 14u00, een persontmoeting" was a day with no time); the texts are
ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _spans(text: str) -> list[tuple[str, str]]:
    return sorted((f"{e.start:%Y-%m-%d %H:%M}", f"{e.end:%H:%M}")
                  for e in extract(text, source="test", reference=_REFERENCE).events
                  if isinstance(e.start, dt.datetime))


def _item(body: str) -> str:
    return f"Persberichten\n\nSource: Stad Brugge\n\n{body}\n"


def test_hour_and_minutes_after_om() -> None:
    text = _item("De burgemeester opent op dinsdag 3 maart 2026 om 9u30 de nieuwe sporthal in Brugge.")
    assert _spans(text)[0][0] == "2026-03-03 09:30"


def test_hour_alone_after_om() -> None:
    text = _item("Op zaterdag 7 maart 2026 om 15u speelt de stadsharmonie op de Markt in Brugge.")
    assert _spans(text)[0][0] == "2026-03-07 15:00"


def test_range_of_hours_with_tot() -> None:
    text = _item("Op woensdag 4 maart 2026 van 10u tot 12u houdt het stadhuis van Brugge opendeur.")
    assert _spans(text) == [("2026-03-04 10:00", "12:00")]


def test_a_count_with_u_is_no_time() -> None:
    text = _item("Op woensdag 4 maart 2026 telt de ploeg in Brugge 2u en 3 reserves.")
    assert _spans(text) == []

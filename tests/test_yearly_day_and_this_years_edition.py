"""A day of every year said in Arabic, then this year's edition of it in the same sentence ("يحتفل المعهد بيوم التأسيس
(25 يوليو) كل سنة، ويقيم هذا العام حفلا في 25 يوليو في الساعة 10 صباحا": the founding day each year, and this year a
ceremony at 10) is that edition's event, not only a rule (issue #10, "Not events", and the event kept). The texts are
ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _starts(said: str) -> list[str]:
    text = f"مجلس المعهد\n\nSource: المعهد\n\nالأحد 11 يناير 2026\n\n{said}\n"
    return [f"{e.start:%m-%d %H:%M}" for e in extract(text, source="test", reference=_REFERENCE).events
            if isinstance(e.start, dt.datetime)]


def test_this_years_edition_stays() -> None:
    said = "يحتفل المعهد بيوم التأسيس (25 يوليو) كل سنة، ويقيم هذا العام حفلا في 25 يوليو في الساعة 10 صباحا."
    assert _starts(said) == ["07-25 10:00"]


def test_the_rule_alone_is_no_event() -> None:
    assert _starts("يحتفل المعهد بيوم التأسيس في 25 يوليو من كل عام في الساعة 10 صباحا.") == []

"""A French sentence that opens with a day and goes on in the passé composé, "Lundi, l'Élysée a rendu public
l'agenda", "Le 3 mai, les ministres ont adopté ...", tells what was done: no event that day (issue #10, "Dates that
are not events": history). Seen in world-ninetythird (a president's last week, introduced by "Lundi, l'Élysée a rendu
public ce (dernier) agenda", which put an event on the next Monday); the texts are ours. "La réunion a lieu" is the
present: it stays."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _days(text: str) -> list[str]:
    """The events' days, "YYYY-MM-DD", timed or not."""
    return sorted(f"{e.start:%Y-%m-%d}" for e in extract(text, source="test", reference=_REFERENCE).events)


def test_weekday_then_passe_compose() -> None:
    text = ("L'agenda de la ministre\n\nSource: Ministère de la Culture\n\nPublié le 6 octobre 2025\n\n"
            "Lundi, le cabinet a rendu public l'agenda de la semaine.\n\n• Mardi 7 octobre\n\n"
            "10h00 : visite du musée des Beaux-Arts de Lyon.\n")
    assert _days(text) == ["2025-10-07"]


def test_date_then_plural_passe_compose() -> None:
    text = ("Conseil des ministres\n\nSource: Gouvernement\n\nPublié le 6 octobre 2025\n\n"
            "Le 3 octobre, les ministres ont adopté le projet de loi de finances.\n\n"
            "Le Conseil se réunira de nouveau le mercredi 8 octobre à 10h.\n")
    assert _days(text) == ["2025-10-08"]


def test_a_lieu_is_the_present() -> None:
    text = ("Conseil municipal\n\nSource: Mairie de Nantes\n\nPublié le 6 octobre 2025\n\n"
            "Mardi 7 octobre, la séance a lieu à l'hôtel de ville à 18h.\n")
    assert _days(text) == ["2025-10-07"]

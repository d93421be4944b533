"""A visit put off with no new day, as French says it: "est renvoyée à plus tard", "repoussée à une date
ultérieure" (issue #10, "Not events": postponed, not held). Seen in world-hundredthirtyfirst (a Gabonese president's
provincial visit, announced for two days and put off for a summit abroad); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _starts(text: str) -> list[str]:
    """The days of the events still to be held (a called-off event is kept, marked CANCELLED)."""
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" if isinstance(e.start, dt.datetime) else f"{e.start:%Y-%m-%d}"
                  for e in extract(text, source="test", reference=_REFERENCE).events if e.status != "CANCELLED")


def test_renvoyee_a_plus_tard() -> None:
    text = ("Visite présidentielle repoussée\n\nSource: Présidence\n\n"
            "FRANCEVILLE, 20 janvier 2026 – La visite du chef de l'État à Franceville, annoncée pour les 27 et 28 "
            "janvier, est renvoyée à plus tard. Le Président participera le jeudi 29 janvier à un sommet à "
            "Malabo.\n")
    assert _starts(text) == ["2026-01-29"]


def test_repoussee_a_une_date_ulterieure() -> None:
    text = ("Conseil repoussé\n\nSource: Présidence\n\n"
            "Publié le 20 janvier 2026\n\n"
            "Le conseil provincial prévu le 30 janvier à Lambaréné est repoussé à une date ultérieure.\n")
    assert _starts(text) == []

"""A gathering named by the strike it serves ("Réunion du comité de grève le mardi 12 mai", "asamblea de huelga del
12 de mayo") is not a strike of that day: said without its time beside the day's timed picket, it is that day's
timed entry told again, not an all-day strike of its own. The strike itself named with its day ("la grève
interprofessionnelle du mardi 12 mai") still is. The texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 4, 20)


def _starts(body: str) -> list[str]:
    text = f"Communiqué\n\nSource: Syndicat\n\nPublié le 20 avril 2026\n\n{body}\n"
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" if isinstance(e.start, dt.datetime) else f"{e.start:%Y-%m-%d}"
                  for e in extract(text, source="test", reference=_REFERENCE).events)


def test_strike_committee_meeting_is_no_strike_day() -> None:
    body = ("Piquet de grève du mardi 12 mai : rendez-vous à 6h devant le dépôt. "
            "Réunion du comité de grève le mardi 12 mai.")
    assert _starts(body) == ["2026-05-12 06:00"]


def test_the_strike_itself_stays_a_day() -> None:
    body = ("La grève interprofessionnelle du mardi 12 mai sera suivie d'une assemblée générale. "
            "L'assemblée se tiendra le mardi 12 mai à 17h à la Bourse du travail.")
    assert _starts(body) == ["2026-05-12", "2026-05-12 17:00"]

"""A line that only labels a sitting or meeting in French, Spanish, Portuguese or Italian and gives its day ("Prochaine
séance plénière : lundi 23 juillet", "Próxima sesión ordinaria: 3 de marzo de 2026") is that meeting, as "Next plenary
sitting: 23 July" and "Nächste Plenarsitzung: 23. Juli" already are (issue #10, "Layout": with no verb, only the
noun tells that something happens, and "séance", "réunion", "sesión", "reunião", "seduta" were not known). Seen in
world-hundredeighteenth's notes (a regional assembly's next plenary); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 7, 10)


def _events(line: str) -> list[tuple[str, str]]:
    text = f"Agenda de l'assemblée\n\nSource: Conseil régional\n\nPublié le 10 juillet 2026\n\n{line}\n"
    return [(f"{e.start:%Y-%m-%d}", e.summary) for e in extract(text, source="test", reference=_REFERENCE).events]


@pytest.mark.parametrize("line", [
    "Prochaine séance plénière : le 23 juillet 2026.",
    "Prochaine réunion du bureau : 23 juillet 2026.",
    "Próxima sesión ordinaria: 23 de julio de 2026.",
    "Próxima reunião plenária: 23 de julho de 2026.",
    "Prossima seduta del Consiglio: 23 luglio 2026.",
])
def test_the_labelled_meeting_is_an_event(line: str) -> None:
    events = _events(line)
    assert [day for day, _ in events] == ["2026-07-23"]
    assert events[0][1].startswith("Meeting: ")


def test_a_label_of_no_gathering_is_still_none() -> None:
    assert _events("Date limite de dépôt des amendements : 23 juillet 2026.") == []

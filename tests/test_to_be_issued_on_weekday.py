"""A weekday after a participle of issuing dates the statement ("le communiqué diffusé ce samedi"), but not when an
auxiliary of what is to come stands before the participle: "Le rapport annuel sera publié ce vendredi à 10 heures"
is the publication to come, on that Friday. Review of s49-w137 (dating._ISSUED_BEFORE); the texts are ours.
A publication alone is no event (documents.published_then, in English since long and in French since session 53):
the report's release here comes with a press conference, which keeps it one."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)
_HEAD = "Communiqué\n\nSource: Exemple\n\nPublié le lundi 9 mars 2026.\n\n"


def _events(text: str) -> list[str]:
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" for e in extract(text, source="test", reference=_REFERENCE).events)


@pytest.mark.parametrize(("body", "event"), [
    ("Le rapport annuel sera publié ce vendredi à 10 heures, lors d'une conférence de presse.", "2026-03-13 10:00"),
    ("Les résultats seront rendus publics ce jeudi à 18 heures lors d'une conférence de presse.", "2026-03-12 18:00"),
])
def test_a_publication_to_come_keeps_its_weekday(body: str, event: str) -> None:
    assert _events(_HEAD + body + "\n") == [event]


def test_a_statement_issued_on_a_weekday_still_dates_only_itself() -> None:
    body = "D'après le communiqué diffusé ce samedi, la coupure commencera le mardi 10 mars à 7 heures."
    assert _events(_HEAD + body + "\n") == ["2026-03-10 07:00"]

"""A French day opening its sentence, then a denied passé composé in its clause: "Le 12 mars, le conseil n'a pas
changé d'avis", "n'ont jamais signé". A denial tells what was (not) done that day as much as "a changé" does, so the
day is a report, not an event; a relative clause closed by its comma ("un fournisseur qu'il accuse de fraude,") is an
aside between the day and the verb, not the end of the day's clause. Seen in pages-p53 (lopinion.fr, an opinion
piece's "Le 30 avril, ... qu'il attribue ..., l'EPA n'a pas cillé"). The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 12, 6)
_HEAD = "Le contrat des cantines\n\nSource: Mairie de test\n\n20 mars 2026\n\n"


def _starts(body: str) -> list[str]:
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" if isinstance(e.start, dt.datetime) else f"{e.start:%Y-%m-%d}"
                  for e in extract(_HEAD + body + "\n", source="test", reference=_REFERENCE).events)


@pytest.mark.parametrize("body", [
    "Le 12 mars, le conseil municipal n'a pas changé d'avis sur le contrat des cantines.",
    "Le jeudi 12 mars 2026, les deux adjoints n'ont jamais signé la convention avec le prestataire.",
    "Le 12 mars, et malgré la longue enquête ouverte contre un fournisseur qu'il accuse de fraude, le conseil "
    "municipal n'a pas changé d'avis sur le contrat.",
])
def test_a_denied_passe_compose_is_a_report(body: str) -> None:
    assert _starts(body) == []


def test_a_verb_inside_the_relative_aside_is_not_the_days() -> None:
    assert _starts("Le 24 mars, la ministre, qu'on a invitée, inaugure le nouveau restaurant scolaire.") \
        == ["2026-03-24"]


def test_a_denied_future_stays_an_event() -> None:
    assert _starts("Le 24 mars, le conseil municipal ne votera pas le contrat mais débattra du projet.") \
        == ["2026-03-24"]

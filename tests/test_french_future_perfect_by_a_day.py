"""A day the French future perfect says a state is reached by (issue #10, "not events"): "M. Diallo aura accompli au 31
décembre 2026 deux mandats", "d'ici le 30 juin, le comité aura rendu son rapport": a term served, a deadline met, no
happening on the day; the days of the sittings in the same item still read. Seen in world-hundredthirtyninth (an air
navigation agency's director "aura accompli au 31 décembre 2024 deux (02) mandats" was published as an event); the
texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)
_HEAD = "Conseil de l'agence\n\nSource: Agence régionale (Dakar)\n\nPublié le 12 mars 2026\n\n"


def _days(text: str) -> list[str]:
    return sorted(f"{e.start:%Y-%m-%d}" for e in extract(_HEAD + text, source="test", reference=_REFERENCE).events)


@pytest.mark.parametrize(("sentence", "why"), [
    ("M. Diallo aura accompli au 31 décembre 2026 deux mandats à la tête de l'Agence.\n", "'aura accompli au'"),
    ("D'ici le 30 juin 2026, le comité d'experts aura rendu son rapport au Conseil.\n", "'d'ici le', then 'aura'"),
])
def test_a_state_reached_by_a_day_is_no_event(sentence: str, why: str) -> None:
    assert _days(sentence) == [], why


def test_the_sitting_still_reads() -> None:
    text = ("Le Conseil des ministres se réunira le vendredi 27 mars 2026 à Dakar. M. Diallo aura accompli au 31"
            " décembre 2026 deux mandats.\n")
    assert _days(text) == ["2026-03-27"]


def test_a_plain_future_on_a_day_reads() -> None:
    assert _days("Le Conseil se réunira au siège le 30 juin 2026.\n") == ["2026-06-30"]


def test_a_day_set_before_it_takes_place_reads() -> None:
    """"au 12 juin …, aura lieu": the future of taking place, whose "lieu" ends as a participle does; the day is the
    event's (a merge of this rule with the French history tests found it)."""
    assert _days("La séance publique, fixée par le maire au 12 juin 2026 à 18h30, aura lieu en mairie.\n") == [
        "2026-06-12"]

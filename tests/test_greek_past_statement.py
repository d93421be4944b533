"""A short Greek sentence of a sitting with its day counts as a statement only when its verb is not of the past: "Η
συνεδρίαση θα γίνει στις 28 Μαΐου." is a sitting to come; "Η συνεδρίαση πραγματοποιήθηκε στις 12 Μαΐου." (took
place), "διεξήχθη" (was held), "έγινε" (happened) tell one gone by, a date line publishing nothing, as "The sitting
was held on 12 May." is. The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 5, 20)


def _starts(line: str) -> list[str]:
    text = f"Νέα\n\nSource: Δήμος\n\n20 Μαΐου 2026\n\n{line}\n"
    return [f"{e.start:%Y-%m-%d}" for e in extract(text, source="test", reference=_REFERENCE).events]


@pytest.mark.parametrize("line", [
    "Η συνεδρίαση πραγματοποιήθηκε στις 12 Μαΐου.",
    "Η συνεδρίαση του δημοτικού συμβουλίου διεξήχθη στις 12 Μαΐου.",
    "Η συνεδρίαση του συμβουλίου έγινε στις 12 Μαΐου.",
])
def test_a_sitting_gone_by_is_no_event(line: str) -> None:
    assert _starts(line) == []


def test_a_sitting_to_come_is_one() -> None:
    assert _starts("Η συνεδρίαση του συμβουλίου θα γίνει στις 28 Μαΐου.") == ["2026-05-28"]

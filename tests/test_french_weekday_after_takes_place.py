"""A bare French weekday right after a verb that says when something happens, "L'ouverture n'aura lieu que lundi",
"La séance aura lieu jeudi.", "Les travaux commencent vendredi par une réunion", is that weekday of the item's own
week or span, as "ce lundi" is; a weekday in a list or a habit ("les réunions ont lieu le lundi") is not read. (Seen
in world-hundredthirtieth: a parliamentary assembly's session "du vendredi 5 juillet au mardi 9 juillet 2019" whose
solemn opening "n'aura lieu que lundi" was lost.) Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

REFERENCE = dt.date(2026, 12, 4)


def _days(body: str) -> list[str]:
    text = (f"Communiqué\n\nSource: Exemple d'assemblée\n\nL'assemblée siège à Dakar du mercredi 2 au samedi 5 octobre"
            f" 2024.\n\n{body}\n")
    return [str(e.start)[:10] for e in extract(text, source="t", reference=REFERENCE,
                                               default_zone="Africa/Dakar").events]


@pytest.mark.parametrize(("body", "day"), [
    ("La séance solennelle n'aura lieu que vendredi.", "2024-10-04"),
    ("La séance de clôture aura lieu samedi.", "2024-10-05"),
    ("Les travaux commencent jeudi par une réunion du bureau.", "2024-10-03"),
])
def test_a_weekday_after_a_verb_of_happening_is_read(body: str, day: str) -> None:
    assert day in _days(body)


def test_a_habit_is_not_read() -> None:
    assert _days("Les réunions du bureau ont lieu le lundi et le jeudi.") == ["2024-10-02"]

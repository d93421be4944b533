"""A sitting called off in Italian, Spanish, Portuguese, Dutch, Polish or Russian ("non si terrà", "no se
celebrará", "não se realizará", "gaat niet door", "nie odbędzie się", "не состоится") is published as cancelled, as
"will not take place", "findet nicht statt" and "n'aura pas lieu" already were: a subscriber's calendar must not keep
it as confirmed. Seen in session 45's notes ("Non si terrà"). The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from model import CANCELLED
from parsers import extract

_REFERENCE = dt.date(2026, 4, 20)


def _statuses(line: str) -> list[tuple[str, str]]:
    text = f"Avviso\n\nSource: Comune\n\nPubblicato il 20 aprile 2026\n\n{line}\n"
    return [(f"{e.start:%Y-%m-%d}", e.status) for e in extract(text, source="test", reference=_REFERENCE).events]


@pytest.mark.parametrize("line", [
    "La commissione urbanistica del 14 maggio non si terrà.",
    "L'assemblea dei soci prevista per il 14 maggio è stata annullata.",
    "La audiencia pública del 14 de mayo no se celebrará.",
    "A sessão solene de 14 de maio não será realizada.",
    "De raadsvergadering van 14 mei gaat niet door.",
    "Sesja rady gminy 14 maja nie odbędzie się.",
    "Публичные слушания 14 мая не состоятся.",
])
def test_a_sitting_called_off_is_cancelled(line: str) -> None:
    assert _statuses(line) == [("2026-05-14", CANCELLED)]


def test_a_sitting_that_goes_ahead_stays_confirmed() -> None:
    assert _statuses("La commissione urbanistica si terrà il 14 maggio alle 17:00.")[0][1] != CANCELLED

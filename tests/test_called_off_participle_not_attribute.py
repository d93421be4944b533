"""An Italian, Spanish or Portuguese participle of calling off ("annullato", "cancelada") cancels the sitting when it
is said of it: after its auxiliary ("è stata annullata", "fue cancelada"), opening the sentence ("Annullata la seduta
del 14 maggio") or closing it ("Sesión del 14 de mayo cancelada."). As the attribute of another noun ("sul decreto
annullato dal TAR", "las deudas canceladas en 2025") it cancels nothing. The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from model import CANCELLED
from parsers import extract

_REFERENCE = dt.date(2026, 4, 20)


def _statuses(line: str) -> list[str]:
    text = f"Avviso\n\nSource: Comune\n\nPubblicato il 20 aprile 2026\n\n{line}\n"
    return [e.status for e in extract(text, source="test", reference=_REFERENCE).events]


@pytest.mark.parametrize("line", [
    "Il 14 maggio alle 10:00 conferenza stampa sul decreto annullato dal TAR.",
    "El 14 de mayo a las 10:00 se presenta el programa de pagos; las deudas canceladas en 2025 no cuentan.",
    "Em 14 de maio às 10:00 coletiva sobre os contratos cancelados pelo tribunal.",
])
def test_participle_of_another_noun(line: str) -> None:
    statuses = _statuses(line)
    assert statuses
    assert CANCELLED not in statuses


@pytest.mark.parametrize("line", [
    "L'assemblea dei soci prevista per il 14 maggio è stata annullata.",
    "Annullata la seduta del consiglio del 14 maggio.",
    "La sesión del 14 de mayo a las 10:00 fue cancelada por falta de quórum.",
    "Sesión del pleno del 14 de mayo cancelada.",
    "A audiência de 14 de maio foi cancelada.",
])
def test_participle_of_the_sitting(line: str) -> None:
    assert _statuses(line) == [CANCELLED]

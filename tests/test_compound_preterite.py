"""The preterites of the compounds of "tener" and "ter" ("mantuvo una reunión", "obtuvo", "manteve") tell the past as
"tuvo" and "teve" do: a yearless day a little before the item's stamp, in such a sentence, is history, no event
(issue #10, "Not events"). Seen in world-ninetysecond (a readout "Este lunes 27 de setiembre el ministro ... mantuvo
... una reunión" under a stamp of the 28th was published); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _days(text: str) -> list[str]:
    return sorted(str(e.start)[:10] for e in extract(text, source="test", reference=_REFERENCE).events)


@pytest.mark.parametrize("body", [
    "Este martes 3 de marzo la ministra de Defensa mantuvo en Asunción una reunión con su par paraguayo.",
    "El martes 3 de marzo la delegación sostuvo en Asunción un encuentro con los agregados militares.",
    "Na terça-feira, 3 de março, o ministro manteve em Maputo um encontro com o seu homólogo.",
])
def test_a_readout_under_its_stamp_is_no_event(body: str) -> None:
    assert _days(f"Readout\n\nSource: Ministry\n\n4 de marzo de 2026\n\n{body}\n") == []


def test_a_meeting_to_come_stays() -> None:
    body = "El jueves 5 de marzo la ministra de Defensa mantendrá en Asunción una reunión con su par paraguayo."
    assert _days(f"Readout\n\nSource: Ministry\n\n4 de marzo de 2026\n\n{body}\n") == ["2026-03-05"]

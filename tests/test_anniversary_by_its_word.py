"""An anniversary named by the one word that says its count ("cincuentenario", "centenary", "cinquentenário"), its
subject's founding year in the same sentence ("el organismo, fundado en Caracas en 1965, celebrará su
cincuentenario ... del 3 al 5 de noviembre próximo"): the item's year-less days are in the founding year plus the
count (issue #10, "Years": an organisation's jubilee names no year but its age). Seen in world-hundredtwentieth (a
regional parliament's fiftieth year, "fundado en Lima (Perú) en 1964, celebrará su cincuentenario ... del 4 al 6 de
diciembre próximo", was put in the reference year); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from tests.conftest import days_of

_REFERENCE = dt.date(2026, 1, 10)


def _days(text: str) -> list[str]:
    return days_of(text, _REFERENCE)


def test_spanish_fiftieth() -> None:
    text = ("El consejo prepara su aniversario\n\nSource: Consejo regional\n\n"
            "La presidenta informó que el consejo, fundado en Caracas en 1965, celebrará su cincuentenario con un foro "
            "en Quito del 3 al 5 de noviembre próximo.\n")
    assert _days(text) == ["2015-11-03"]


def test_english_centenary() -> None:
    text = ("Society plans its centenary\n\nSource: Learned society\n\n"
            "The society, founded in Edinburgh in 1911, will mark its centenary with a lecture on 14 March.\n")
    assert _days(text) == ["2011-03-14"]


def test_inference_is_noted() -> None:
    text = ("El consejo prepara su aniversario\n\nSource: Consejo regional\n\n"
            "El consejo, fundado en Caracas en 1965, celebrará su cincuentenario el 3 de noviembre próximo.\n")
    events = extract(text, source="test", reference=_REFERENCE).events
    assert any("1965" in note for e in events for note in e.notes)


def test_no_founding_year_no_change() -> None:
    text = ("Centenario del puente\n\nSource: Consejo regional\n\n"
            "Con motivo del Centenario del puente, el consejo celebrará un foro el 3 de noviembre próximo.\n")
    assert _days(text)
    assert all(d[:4] != "2015" for d in _days(text))

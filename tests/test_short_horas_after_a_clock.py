"""The River Plate's short "hs" after a clock, "9:00 Hs- ...", "16.30 hs: ..." (issue #10, "Titles"): it is the
clock's word for hours, as "hrs" and "horas" are, and goes with the time; left behind, it opened every title of an
Argentine provincial agenda ("Hs- Salón Obligado: ..."). Seen in world-seventyninth; the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from parsers.dates import find_mentions

_REFERENCE = dt.date(2026, 12, 5)


def test_hs_goes_with_its_clock() -> None:
    assert [m.text for m in find_mentions("10:30 hs: Acto en la plaza", "dmy")] == ["10:30 hs"]
    assert [m.text for m in find_mentions("18.15 Hs- Entrega de diplomas", "dmy")] == ["18.15 Hs"]


def test_the_rows_titles_open_with_what_happens() -> None:
    text = ("Agenda oficial\n\nSource: Gobierno de la Provincia de Nowhere\n\nMartes 3 de marzo de 2026\n\n"
            "10:30 hs: Acto por el aniversario de la escuela Belgrano.\n18.15 Hs- Entrega de diplomas en el club.\n")
    titles = [e.summary for e in extract(text, source="test", reference=_REFERENCE).events]
    assert len(titles) == 2
    assert all(not t.lower().startswith("hs") and "Hs-" not in t and "hs:" not in t for t in titles)

"""Spanish and Portuguese items: their publication label ("Publicado:", "Publicado em") dates the item as
"Published:" does, and a day before it told with a preterite ("inauguró", "se reunieron", "visitaram") is history,
not an event. Days to come keep their events. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

REFERENCE = dt.date(2031, 12, 1)


def days(body: str) -> list[str]:
    found = extract(f"Nota de prensa\n\nSource: Municipalidad\n\n{body}\n", source="t", reference=REFERENCE).events
    return sorted(f"{e.start:%Y-%m-%d}" for e in found)


@pytest.mark.parametrize(("body", "expected", "why"), [
    ("Publicado: 3 de mayo de 2031\n\nLa alcaldesa inauguró el 1 de mayo el puente nuevo sobre el río.", [],
     "a preterite before a day before the stamp: history"),
    ("Publicado: 3 de mayo de 2031\n\nNo se ven desde que se reunieron, el martes 29 de abril, en la sede.", [],
     "a preterite in -ieron after a one-letter stem's kin ('se vieron', 'se reunieron'): history"),
    ("Publicado em 3 de maio de 2031\n\nOs ministros visitaram a barragem em 30 de abril.", [],
     "a Portuguese preterite in -aram under 'Publicado em': history"),
    ("Publicado: 3 de mayo de 2031\n\nLa alcaldesa inaugurará el puente nuevo el 10 de mayo a las 11:00.",
     ["2031-05-10"], "a future day under the same stamp: an event"),
    ("Publicado: 3 de mayo de 2031\n\nLa alcaldesa inauguró el puente el 1 de mayo y visitará Rosario el 10 de "
     "mayo.", ["2031-05-10"], "the past day goes, the later day told with a future stays"),
])  # fmt: skip
def test_stamp_and_preterite(body: str, expected: list[str], why: str) -> None:
    assert days(body) == expected, why


@pytest.mark.parametrize(("body", "expected", "why"), [
    ("Publicado:\n\nJueves, 8 de mayo de 2031 a las 09:17hrs.\n\nLa alcaldesa abrirá la feria el 20 de mayo.",
     ["2031-05-20"], "the label alone on its line over a full date and a filed minute: the page's stamp"),
    ("Veröffentlicht:\n\nDonnerstag, 8. Mai 2031 um 09:17 Uhr\n\nDer Bürgermeister eröffnet die Messe am 20. Mai um 10 "
     "Uhr im Rathaus.",
     ["2031-05-20"], "the same in German, the label over the stamp"),
    ("Publicado el 8 de mayo de 2031 09:17\n\nLa alcaldesa abrirá la feria el 20 de mayo.",
     ["2031-05-20"], "the label and the stamp on one line: the other languages' label marks it as 'Published' does"),
    ("Programa:\n\nJueves, 8 de mayo de 2031 a las 09:17\n\nLa alcaldesa abrirá la feria el 20 de mayo.",
     ["2031-05-08", "2031-05-20"], "a line over the date that is no publication label keeps its event"),
])  # fmt: skip
def test_stamp_under_its_label_line(body: str, expected: list[str], why: str) -> None:
    assert days(body) == expected, why

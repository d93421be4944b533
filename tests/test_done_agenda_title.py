"""A mayor's or minister's agenda as done ("Agenda realizada del alcalde ...", "Agenda cumplida", Portuguese "agenda
cumprida", Catalan "agenda realitzada") and a minister's diary (活動日誌): the rows under each day are what was done,
history as an activity report's are; no events. The agenda as announced ("Agenda del alcalde", "活動予定") keeps its
rows (world-hundredfortyfifth 10: Málaga's "Agenda realizada del alcalde" over "9.00h:" rows; 5: a minister's
活動日誌 of a past day). Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = """{title}

Source: {source}

{body}
"""

SPANISH_ROWS = """Martes, 8 de octubre de 2030
9.30h: Reunión con la asociación de comerciantes del centro.
12.00h: Visita a las obras del nuevo mercado municipal.
18.00h: Inauguración de la muestra de fotografía del puerto.
"""

JAPANESE_ROWS = """2030年10月8日(火)
●0930〜 省内会議
●1400〜 業界団体との意見交換会
"""


def _starts(title: str, body: str, zone: str) -> list[str]:
    events = extract(ITEM.format(title=title, source="Example City", body=body), source="x",
                     reference=dt.date(2030, 9, 1), default_zone=zone).events
    return sorted(e.start.isoformat() for e in events)


def test_a_spanish_agenda_as_done_is_history() -> None:
    assert _starts("Agenda realizada del alcalde el 8 de octubre de 2030", SPANISH_ROWS, "Europe/Madrid") == []


def test_an_agenda_fulfilled_is_history() -> None:
    assert _starts("Agenda cumplida por la alcaldesa: martes 8 de octubre", SPANISH_ROWS, "Europe/Madrid") == []


def test_a_portuguese_agenda_as_done_is_history() -> None:
    assert _starts("Agenda cumprida pelo presidente da câmara", SPANISH_ROWS, "Europe/Lisbon") == []


def test_a_ministers_diary_is_history() -> None:
    assert _starts("大臣の活動日誌 2030年10月8日", JAPANESE_ROWS, "Asia/Tokyo") == []


def test_the_agenda_as_announced_keeps_its_rows() -> None:
    assert _starts("Agenda del alcalde para el martes 8 de octubre", SPANISH_ROWS, "Europe/Madrid") == [
        "2030-10-08T09:30:00+02:00", "2030-10-08T12:00:00+02:00", "2030-10-08T18:00:00+02:00"]

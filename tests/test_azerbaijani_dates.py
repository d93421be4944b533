"""Azerbaijani dates: a dateline's "14 noyabr, 2031" and a day with its month in the genitive before the number and
its ending ("noyabrın 20-də", on 20 November), read only when a verb of the future follows in its clause ("keçirəcək",
will hold), as the same dates in the present ("sentyabrın 30-da açılır", opens on 30 September) tell a standing
calendar of sessions, no event. Seen in world-hundredtwentyeighth (a notice of Azerbaijan's Milli Məclis). The texts
are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2032, 3, 1)


def _days(body: str) -> list[str]:
    text = f"Komitə iclası\n\nSource: Milli Məclis\n\n14 noyabr, 2031\n\n{body}\n"
    return [f"{e.start:%Y-%m-%d}" for e in extract(text, source="test", reference=_REFERENCE).events]


def test_a_day_to_come() -> None:
    assert _days("Komitə növbəti iclasını noyabrın 20-də Bakıda keçirəcək.") == ["2031-11-20"]


def test_a_standing_calendar_is_no_event() -> None:
    assert _days("Qaydaya görə yaz sessiyası fevralın 1-də başlayır və mayın 31-dək davam edir.") == []

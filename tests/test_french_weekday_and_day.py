"""A French weekday and its day of the month, the month in context, in two more places: before a verb to come that
it is the subject of ("jeudi 17 sera consacré aux visites techniques", "vendredi 18 verra la clôture"), and after
"ce" in a cleft ("C'est ce mardi 18 que s'ouvre la session"). Before, only "Jeudi 15, de 9h30" and "vendredi 16 à
10h" (a comma, a colon or the clock's word after it) were read. Seen in world-hundredfortyfourth items 7 (a wine
organisation's centenary week) and 2 (a Sahel authority's experts' meeting). Texts in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 12, 3)


def _days(body: str) -> list[str]:
    item = f"Programme\n\nSource: Office du tourisme\n\n{body}\n"
    return sorted(e.start.isoformat()[:10] for e in extract(item, source="fr", reference=_REFERENCE).events)


def test_a_weekday_and_day_before_a_verb_to_come() -> None:
    body = ("Le festival se tiendra à Arles du 12 au 16 mai 2027. Les concerts occupent les premiers soirs ; "
            "vendredi 14 sera consacré aux ateliers pour les écoles.")
    assert "2027-05-14" in _days(body)


def test_this_weekday_and_day_in_a_cleft() -> None:
    body = ("Publié le 2 mars 2027\n\nC'est ce jeudi 4 qu'aura lieu la remise des prix du concours régional, "
            "à la mairie d'Arles, en mars 2027.")
    assert "2027-03-04" in _days(body)


def test_a_weekday_and_day_before_its_month_stays_a_day() -> None:
    assert _days("La cérémonie aura lieu jeudi 4 mars 2027 à la mairie d'Arles.") == ["2027-03-04"]

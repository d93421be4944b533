"""A named day with a word of its own that says it is past is history, whatever the tense of its sentence and
whether or not the item has a stamp: Spanish "del pasado 6 de septiembre", "el 25 de octubre pasado", Portuguese "no
passado dia 6 de setembro", Italian "lo scorso 6 settembre", French "le 6 septembre dernier", English "on 6
September last." (world-fortyninth 7: a wire's Spanish report with no date, whose "comicios generales del pasado 6
de septiembre" and "lo nombró el pasado 3 de septiembre" became events of the current year). A day to come beside
it stays, and "el próximo 13 de enero" is no past. Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = """{title}

Source: {source}

{body}
"""


def _days(body: str, title: str = "Council news", source: str = "Town council") -> list[str]:
    events = extract(ITEM.format(title=title, source=source, body=body), source="council",
                     reference=dt.date(2031, 5, 1), default_zone="Europe/Madrid").events
    return sorted(e.start.strftime("%Y-%m-%d") for e in events)


def test_spanish_pasado_before_the_day() -> None:
    body = ("El alcalde presenta hoy ante el concejo el plan de obras, aprobado en la sesión del pasado 14 de marzo. "
            "Las obras comenzarán el 2 de junio de 2031 en el barrio norte.")
    assert _days(body) == ["2031-06-02"]


def test_spanish_pasado_after_the_day_keeps_the_later_meeting() -> None:
    body = ("El concejo, elegido en las votaciones del 12 de octubre pasado, se reúne de nuevo el 20 de junio de "
            "2031 a las 18:00 horas.")
    assert _days(body) == ["2031-06-20"]


def test_spanish_proximo_is_to_come() -> None:
    body = "Las delegaciones llegarán a la capital el próximo 13 de junio para la asamblea."
    assert _days(body) == ["2031-06-13"]


def test_portuguese_italian_french_and_english() -> None:
    assert _days("A câmara, eleita no passado dia 6 de setembro, reúne-se em sessão pública a 9 de junho de 2031.") \
        == ["2031-06-09"]
    assert _days("Il consiglio, eletto lo scorso 6 settembre, si riunisce in seduta pubblica il 9 giugno 2031.") \
        == ["2031-06-09"]
    assert _days("Le conseil, élu le 6 septembre dernier, se réunit en séance publique le 9 juin 2031.") \
        == ["2031-06-09"]
    assert _days("The council, elected on 6 September last, meets in public session on 9 June 2031.") \
        == ["2031-06-09"]

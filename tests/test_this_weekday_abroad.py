""""Este sábado", "nesta sexta-feira", "ce samedi": a weekday of the item's own week in Spanish, Portuguese and
French, as "this Saturday" is in English. Under a Saturday's stamp, "este sábado" is that day, though "este
domingo" (the next day) was named before it; and "este domingo" in a sentence that also tells of a departure is
tomorrow, not a Sunday gone by.

Texts in our own words, in the style of a presidency's itinerary abroad.
"""

from __future__ import annotations

import datetime as dt

from model import Article
from parsers import extract_articles
from parsers.thisweek import this_week_days

_SATURDAY = dt.date(2031, 8, 2)


def _days(body: str) -> list[str]:
    article = Article(source="t", title="Agenda del viaje", body=body, url="", published=_SATURDAY,
                      org="Presidencia de la República del Paraguay")
    return sorted(str(e.start)[:10] for e in extract_articles([article], reference=_SATURDAY).events)


def test_the_weekdays_named_abroad() -> None:
    assert this_week_days("Llega este sábado y parte este domingo.") == {5, 6}
    assert this_week_days("O presidente viaja nesta sexta-feira.") == {4}
    assert this_week_days("Le ministre arrive ce samedi.") == {5}
    assert this_week_days("Llega el sábado.") == frozenset()


def test_this_saturday_after_this_sunday_is_today() -> None:
    body = ("El presidente partió esta mañana hacia Montevideo: este domingo asistirá a la toma de posesión del "
            "nuevo presidente.\n\n"
            "Reunión con empresarios uruguayos: este sábado a las 18:00 horas, en el Hotel Radisson.")
    assert _days(body) == ["2031-08-02", "2031-08-03"]


def test_a_send_off_this_morning_lends_no_time_to_sunday() -> None:
    body = ("El presidente partió esta mañana hacia Montevideo: este domingo asistirá a la toma de posesión del "
            "nuevo presidente.\n\n"
            "Este sábado, a las 07:00 horas, lo despidieron en el aeropuerto Silvio Pettirossi.")
    article = Article(source="t", title="Agenda del viaje", body=body, url="", published=_SATURDAY,
                      org="Presidencia de la República del Paraguay")
    starts = [e.start for e in extract_articles([article], reference=_SATURDAY).events]
    assert starts == [dt.date(2031, 8, 3)], "the inauguration's day, no clock; the send-off is history"

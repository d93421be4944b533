"""A page's counter of its readers with a "today" in it: "(Visited 340 times, 5 visits today)", "87 views today".

A news site's story page (publinews.gt: a football squad named for a friendly) ends with a post-views counter of the
kind many WordPress sites print under each post. Its "today" was read as a day, and the counter became an all-day
"Visit" on the page's date. A count of visits, views or hits "today" is page furniture, in any language the counter
is printed in. The texts are our own.
"""

from __future__ import annotations

import datetime as dt

import parsers

_REGATTA = """Harbour rowing club names its crew for the regional regatta

Tuesday 14 May 2024

The club announced on Tuesday the eight rowers who will race at the regional regatta on 2 June in Kingston.

(Visited 340 times, 5 visits today)
"""

_CONCERT = """Choir announces spring concert

12 March 2025

The youth choir will sing its spring concert on Saturday 29 March at the town hall.

Views: 1,204 | 87 views today
"""

_TREES = """Volunteers plant trees along the creek

3 October 2023

Forty volunteers planted native trees along the creek last weekend.

(Visited 58 times, 1 visits today)
"""

_VISITAS = """Feria del libro en la plaza central

Viernes 8 de marzo de 2024

La feria del libro abrirá sus puertas el sábado 16 de marzo en la plaza central.

142 visitas, 9 visitas hoy
"""


def _days(text: str) -> list[dt.date]:
    events = parsers.extract(text, source="x", reference=dt.date(2025, 1, 1)).events
    return sorted(e.start if isinstance(e.start, dt.date) and not isinstance(e.start, dt.datetime)
                  else e.start.date() for e in events)


def test_a_regatta_and_no_visit_on_the_stamp() -> None:
    assert _days(_REGATTA) == [dt.date(2024, 6, 2)]


def test_a_concert_and_no_views_on_the_stamp() -> None:
    assert _days(_CONCERT) == [dt.date(2025, 3, 29)]


def test_a_story_of_the_past_gives_nothing() -> None:
    assert _days(_TREES) == []


def test_a_spanish_counter_of_visits() -> None:
    assert _days(_VISITAS) == [dt.date(2024, 3, 16)]

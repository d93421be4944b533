""""Las noticias del 26 de abril", "the news of 3 May": a day's news (a bulletin, a podcast episode) is named by its
day; the date is not an event (pages-dev19, a news site's podcast teaser). Texts in our own words."""

from __future__ import annotations

import pytest

from .conftest import listed

PAGE = """Boletín semanal

Source: Una radio

{line}
"""


@pytest.mark.parametrize("line", [
    "Resumen de la semana: el nuevo puerto y las noticias del 14 de mayo de 2031 (+ Podcast)",
    "Weekly roundup: the harbour plan and the news of 14 May 2031, in ten minutes",
])
def test_the_news_of_a_day_is_no_event(line: str) -> None:
    assert listed(PAGE.format(line=line)) == []


def test_a_meeting_on_a_day_stays() -> None:
    assert listed(PAGE.format(line="La junta del puerto se reúne el 14 de mayo de 2031 a las 10:00 horas.")) \
        == ["2031-05-14 10:00"]

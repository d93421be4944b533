"""A Russian "сегодня" (today) in a clause whose verb says who told the news, "Сегодня об этом в агентстве сообщил
генеральный секретарь", "сообщил сегодня журналистам", is the day of the saying, not an event; "Сегодня в Минске
пройдёт заседание" (a gathering today) stays. (Seen in world-hundredthirtieth: a parliamentary assembly's session
"15 ноября", announced under "9 ноября 2006" by a secretary general who "сегодня ... сообщил" it.) Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

REFERENCE = dt.date(2026, 12, 4)


def _days(body: str) -> list[str]:
    text = f"Новости\n\nSource: Example Assembly\n\n3 марта 2011, 14:27\n\n{body}\n"
    return [str(e.start)[:10] for e in extract(text, source="t", reference=REFERENCE,
                                               default_zone="Europe/Moscow").events]


@pytest.mark.parametrize("body", [
    "Сессия ассамблеи откроется в Минске 10 марта. Сегодня об этом в агентстве ТАСС сообщил её секретарь.",
    "Сессия ассамблеи откроется в Минске 10 марта, рассказал сегодня журналистам её секретарь.",
])
def test_today_of_the_saying_is_no_event(body: str) -> None:
    assert _days(body) == ["2011-03-10"]


def test_a_gathering_today_stays() -> None:
    assert _days("Сегодня в Минске пройдёт заседание совета ассамблеи.") == ["2011-03-03"]

"""A text in Ukrainian that names no place is on Ukraine's clock (issue #10, "Time zones"): Cyrillic is written in
many countries, but "ї", "є" and "ґ" only in Ukrainian, which writes none of Russian's "ы", "э", "ъ", "ё". Seen in
world-hundredfiftyfirst item 2 (a regional education department's forum "о 10:00" and briefing "о 12:00" were put
on Brussels's clock); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _zones(body: str) -> list[str]:
    text = f"Оголошення\n\nSource: Департамент\n\n{body}"
    return [str(e.start.tzinfo) for e in extract(text, source="test", reference=_REFERENCE).events
            if isinstance(e.start, dt.datetime)]


def test_a_ukrainian_text_with_no_place() -> None:
    body = ("У четвер, 12 березня 2026 року, о 11:00 відбудеться нарада керівників шкіл. "
            "Реєстрація учасників є обов’язковою.\n")
    assert _zones(body) == ["Europe/Kyiv"]


def test_a_russian_text_with_no_place_is_not_taken() -> None:
    body = ("В четверг, 12 марта 2026 года, в 11:00 состоится совещание директоров школ. "
            "Регистрация обязательна, вход свободный.\n")
    zones = _zones(body)
    assert len(zones) == 1  # (an event found, on another clock)
    assert zones != ["Europe/Kyiv"]


def test_a_zone_named_comes_first() -> None:
    # (the clock the text names, not the language's country)
    body = ("У четвер, 12 березня 2026 року, о 11:00 CET відбудеться онлайн-зустріч. "
            "Її учасники обговорять освітню реформу.\n")
    zones = _zones(body)
    assert len(zones) == 1  # (an event found, on another clock)
    assert zones != ["Europe/Kyiv"]

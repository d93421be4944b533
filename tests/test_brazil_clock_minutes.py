"""Brazil's clock with its minutes' "m" glued on ("às 15h30m") and the same opening a programme's row before its dash
("15h30m – Cerimônia Militar"), as "às 9h30min" already was; a while ("dura 1h30m") is no clock
(world-hundredfortysixth 5: a court's inauguration "às 15h30m" and its "Serviço:" rows). Texts in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_HEAD = "Aviso\n\nSource: Tribunal de Justiça\n\nNesta quinta-feira (14/12/2031) o tribunal dá posse à nova mesa.\n\n"


def _starts(body: str) -> list[str]:
    found = extract(_HEAD + body + "\n", source="test", reference=dt.date(2031, 12, 10),
                    default_zone="America/Sao_Paulo").events
    return sorted(e.start.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M") for e in found
                  if isinstance(e.start, dt.datetime))


def test_a_clock_with_m_after_as() -> None:
    assert _starts("A posse terá início às 15h30m, com a cerimônia militar na praça.") == ["2031-12-14 18:30"]


def test_a_programmes_rows_with_m() -> None:
    assert _starts("Programação:\n\n9h15m – Missa em ação de graças\n\n10h – Sessão solene de posse") == \
        ["2031-12-14 12:15", "2031-12-14 13:00"]


def test_a_while_with_m_is_no_clock() -> None:
    assert _starts("A cerimônia dura 1h30m, segundo o roteiro do cerimonial.") == []

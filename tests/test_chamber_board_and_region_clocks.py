"""Names that tell, or seem to tell, where an unlabelled time is kept (issue #10, "Zones"): "Mesa Directiva", "la Mesa
del Congreso" are a Spanish chamber's board, not Mesa in Arizona; "Ålands lagting", "Sabah State Assembly", "Tottori
Prefectural Assembly" name regions whose clocks the city gazetteer does not give (Mariehamn, Kota Kinabalu, Japan).
Seen in world-ninetyfifth (a Mexican Senate notice read on Arizona's clock; Åland's, Sabah's and Tottori's sittings on
the calendar's); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _starts(text: str) -> list[str]:
    return [f"{e.start:%Y-%m-%d %H:%M %z}" for e in extract(text, source="test", reference=_REFERENCE).events
            if isinstance(e.start, dt.datetime)]


@pytest.mark.parametrize("board", ["Mesa Directiva", "Mesa del Congreso"])
def test_a_chambers_board_is_no_town(board: str) -> None:
    text = (f"Convocatoria\n\nSource: Senado de la República, México ({board})\n\n"
            f"La presidenta de la {board} citó a sesión ordinaria el jueves 15 de enero de 2026 a las 11:00 horas.\n")
    assert _starts(text) == ["2026-01-15 11:00 -0600"]


def test_aland_in_swedish() -> None:
    text = ("Plenum i lagtinget\n\nSource: Ålands lagting\n\n"
            "Ålands lagting sammanträder till plenum onsdagen den 14 januari 2026 kl. 13.00.\n")
    assert _starts(text) == ["2026-01-14 13:00 +0200"]


def test_sabah_state() -> None:
    text = ("Assembly sitting\n\nSource: Sabah State Legislative Assembly\n\n"
            "The Sabah State Assembly will sit on Tuesday, 20 January 2026, at 10am.\n")
    assert _starts(text) == ["2026-01-20 10:00 +0800"]


def test_tottori_prefecture() -> None:
    text = ("Governor's press conference\n\nSource: Tottori Prefecture\n\n"
            "The Governor of Tottori Prefecture will hold a press conference on 22 January 2026 at 2 p.m.\n")
    assert _starts(text) == ["2026-01-22 14:00 +0900"]

"""Two days joined by the Portuguese "e", "entre os dias 3 e 6 de março", "entre 10 e 12 de abril" (issue #10,
"Days"): a span from the first day to the last, as "entre el 3 y el 6 de marzo" is in Spanish; not the last day
alone. Seen in world-sixtyfifth (Macau's Government Information Bureau: a trip to Beijing "Entre os dias 3 e 6 de
Março" was published on 6 March only); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _spans(text: str) -> list[tuple[dt.date, dt.date]]:
    out = []
    for e in extract(text, source="test", reference=_REFERENCE).events:
        if not isinstance(e.start, dt.datetime):
            end = e.end if isinstance(e.end, dt.date) else e.start
            out.append((e.start, end))
    return out


def _first_days(text: str) -> list[dt.date]:
    return [first for first, _ in _spans(text)]


def test_entre_os_dias() -> None:
    text = ("Visita a Lisboa\n\nSource: Governo Regional dos Açores\n\nEntre os dias 3 e 6 de Março de 2026, o "
            "Presidente do Governo Regional estará em Lisboa para reuniões.\n")
    assert _first_days(text) == [dt.date(2026, 3, 3)]


def test_entre_two_days() -> None:
    text = ("Visita ao Porto\n\nSource: Câmara Municipal de Braga\n\nEntre 10 e 12 de Abril de 2026, o presidente "
            "da Câmara estará no Porto.\n")
    assert _first_days(text) == [dt.date(2026, 4, 10)]


def test_spanish_pairs_still_read() -> None:
    text = ("Foro regional\n\nSource: Gobierno de Aragón\n\nEl foro se celebrará entre el 3 y el 5 de mayo de 2026 "
            "en Zaragoza.\n")
    assert _first_days(text) == [dt.date(2026, 5, 3)]

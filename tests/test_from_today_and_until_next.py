"""A span from today to a day named as the next of its name, "desde hoy y hasta el próximo 22 de enero" (issue #10,
"Dates": the until-word after "and", as Spanish and Portuguese news join the two ends): one span from the item's day,
as "desde hoy hasta el 22 de enero" is. Seen in world-hundredsixteenth (a regional commission's assembly "Desde hoy y
hasta el próximo 22 de enero" was published on its first day only); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _days(text: str) -> list[tuple[str, str]]:
    return sorted((f"{e.start:%Y-%m-%d}", f"{e.end:%Y-%m-%d}")
                  for e in extract(text, source="test", reference=_REFERENCE).events
                  if not isinstance(e.start, dt.datetime))


def test_spanish_and_until_the_next() -> None:
    text = ("Reunión regional en Lima\n\nSource: Comisión Regional\n\nPublicado el 9 de marzo de 2026\n\n"
            "Desde hoy y hasta el próximo 12 de marzo sesiona en Lima el Consejo Directivo de la Comisión.\n")
    assert _days(text) == [("2026-03-09", "2026-03-13")]


def test_portuguese_and_until_the_next_day() -> None:
    text = ("Encontro regional em Maputo\n\nSource: Comissão Regional\n\nPublicado em 9 de março de 2026\n\n"
            "De hoje e até o próximo dia 12 de março, o Conselho da Comissão reúne-se em Maputo.\n")
    assert _days(text) == [("2026-03-09", "2026-03-13")]


def test_plain_until_still_reads() -> None:
    text = ("Reunión regional en Lima\n\nSource: Comisión Regional\n\nPublicado el 9 de marzo de 2026\n\n"
            "Desde hoy hasta el 12 de marzo sesiona en Lima el Consejo Directivo de la Comisión.\n")
    assert _days(text) == [("2026-03-09", "2026-03-13")]

"""An Argentine province named after "Provincia de" whose name a town abroad shares ("Gobierno de la Provincia de
Santa Cruz", "la provincia de San Juan") tells Argentina's clock, UTC-3, not the town's (issue #10, "Zone"). Seen in
world-hundredfifteenth (Santa Cruz's cabinet chief's report was read on the clock of Santa Cruz in the Philippines);
the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract


def _utc(source: str, body: str) -> list[str]:
    text = f"Informe\n\nSource: {source}\n\n{body}\n"
    return [f"{e.start.astimezone(dt.UTC):%Y-%m-%d %H:%M}"
            for e in extract(text, source="test", reference=dt.date(2021, 6, 1)).events
            if isinstance(e.start, dt.datetime)]


@pytest.mark.parametrize(("source", "body"), [
    ("Gobierno de la Provincia de Santa Cruz",
     "El ministro presentará el informe ante los diputados el miércoles 30 de junio de 2021 a las 9:30."),
    ("Prensa", "El gobernador de la provincia de San Juan inaugurará la escuela el miércoles 30 de junio de 2021 a las "
     "9:30."),
])
def test_province_clock(source: str, body: str) -> None:
    assert _utc(source, body) == ["2021-06-30 12:30"]


def test_santa_cruz_de_tenerife_stays_in_the_canaries() -> None:
    # the name goes on: the Spanish province of Santa Cruz de Tenerife, on the Canaries' clock (WEST, UTC+1)
    assert _utc("Prensa", "El consejero visitará la provincia de Santa Cruz de Tenerife el miércoles 30 de junio de "
                "2021 a las 9:30.") == ["2021-06-30 08:30"]

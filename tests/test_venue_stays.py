"""A run of list lines that give only a span of days, under a caption that names a venue (and its address): each
span is a stay at that venue, a happening of its own (issue #10, "Layout"). A span alone on its line is otherwise a
heading that dates the lines under it. Seen in world-hundredsixth (a consulate's mobile office: three venues, each
over four "- De martes 3 a sábado 7" bullets); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _stays(text: str) -> list[tuple[str, str]]:
    """The all-day events' days ("YYYY-MM-DD..YYYY-MM-DD") and summaries."""
    found = []
    for event in extract(text, source="test", reference=_REFERENCE).events:
        if not isinstance(event.start, dt.datetime):
            last = event.end - dt.timedelta(days=1) if event.end is not None else event.start
            found.append((f"{event.start:%Y-%m-%d}..{last:%Y-%m-%d}", event.summary))
    return sorted(found)


def test_spans_under_a_venue_and_its_address() -> None:
    text = ("La oficina móvil en mayo\n\nSource: Consulado de Chile en Mendoza\n\n2 de mayo de 2025\n\n"
            "La oficina móvil recorre dos barrios este mes.\n\n"
            "Godoy Cruz\nSalón Parroquial - Avenida San Martín 1200\n- Del 6 al 9 de mayo\n- Del 20 al 23 de mayo\n\n"
            "Luján de Cuyo\nClub Social - Calle Roca 45\n- Del 13 al 16 de mayo\n- Del 27 al 30 de mayo\n")
    stays = _stays(text)
    assert [days for days, _ in stays] == ["2025-05-06..2025-05-09", "2025-05-13..2025-05-16",
                                           "2025-05-20..2025-05-23", "2025-05-27..2025-05-30"]
    assert "Godoy Cruz" in stays[0][1]
    assert "Luján de Cuyo" in stays[1][1]


def test_english_spans_under_a_venue() -> None:
    text = ("Mobile passport office in June\n\nSource: Consulate General in Perth\n\n2 June 2025\n\n"
            "The mobile office will visit one town twice.\n\n"
            "Bunbury Community Hall\n- 10 to 12 June\n- 24 to 26 June\n")
    assert [days for days, _ in _stays(text)] == ["2025-06-10..2025-06-12", "2025-06-24..2025-06-26"]


def test_a_span_alone_under_a_caption_stays_a_heading() -> None:
    # One span, then timed rows: the span dates the rows, it is no stay of its own.
    text = ("Programme of the fair\n\nSource: Consulate General in Perth\n\n2 June 2025\n\n"
            "Trade fair\n- 10 to 12 June\n\n10:00 Opening of the trade fair by the Consul General\n")
    assert not any(title == "Trade fair" for _, title in _stays(text))

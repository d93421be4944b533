"""A wire's dateline whose agency carries its short name in brackets, "ABIDJAN, Côte d'Ivoire, 19 septembre
2012/African Press Organization (APO)/ —" (issue #10, "Dates": datelines): the day the release was filed, no event;
as "/PRNewswire/ --" is. Seen in world-eightyeighth (an OCHA advisory through APO); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _days(text: str) -> list[str]:
    """Each event's start: "YYYY-MM-DD HH:MM", or the day alone."""
    out = []
    for e in extract(text, source="test", reference=_REFERENCE).events:
        out.append(f"{e.start:%Y-%m-%d %H:%M}" if isinstance(e.start, dt.datetime) else f"{e.start:%Y-%m-%d}")
    return sorted(out)


def test_french_wire_dateline_with_bracketed_agency() -> None:
    text = ("Une soirée de musique pour la Journée de la paix\n\nSource: Bureau des Nations Unies à Dakar\n\n"
            "DAKAR, Sénégal, 12 septembre 2024/African Press Organization (APO)/ — SOIRÉE DE LA PAIX\n\n"
            "QUAND: Samedi le 21 septembre 2024 à 19h00\n\nOÙ: Institut français de Dakar\n")
    assert _days(text) == ["2024-09-21 19:00"]


def test_english_wire_dateline_with_bracketed_agency() -> None:
    text = ("Peace day concert in Accra\n\nSource: UN Information Centre Accra\n\n"
            "ACCRA, Ghana, September 12, 2024/African Press Organization (APO)/ -- The UN team in Ghana invites "
            "the media to a concert on Saturday, September 21, 2024 at 7:00 p.m. at the National Theatre.\n")
    assert _days(text) == ["2024-09-21 19:00"]

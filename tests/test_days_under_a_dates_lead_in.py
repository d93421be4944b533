"""Days one a line under a lead-in that says they are dates, in Spanish, Portuguese, French, Italian, German or Czech
("serán en estas fechas:", "Termine:"), are each one of what the item's title names, as under "Meeting dates"; and a
debate of candidates ("los debates presidenciales", "dois debates eleitorais") is a kind of gathering that title can
name (not the English "debate", which a house's order of business names). Seen in an
electoral body's three presidential debates listed under a lead-in (world-hundredtwentysecond, session 46). The texts
are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract, kinds


def _days(title: str, body: str) -> list[str]:
    text = f"{title}\n\nSource: Electoral Commission\n\nPublished 5 February 2024\n\n{body}\n"
    return sorted(f"{e.start:%Y-%m-%d}" for e in extract(text, source="test", reference=dt.date(2024, 2, 1)).events)


@pytest.mark.parametrize("words", ["los debates presidenciales", "el debate entre candidatos",
                                   "dois debates eleitorais"])
def test_a_debate_is_a_kind(words: str) -> None:
    assert kinds.classify(words) != kinds.EVENT


def test_a_houses_debate_is_not() -> None:
    assert kinds.classify("The debate broken off earlier resumes") == kinds.EVENT


@pytest.mark.parametrize(("lead_in", "days"), [
    ("Los encuentros se harán en sábado, en estas fechas:", ("9 de marzo", "23 de marzo", "6 de abril")),
    ("Os encontros terão lugar nas seguintes datas:", ("9 de março", "23 de março", "6 de abril")),
])
def test_each_day_under_the_lead_in_is_one(lead_in: str, days: tuple[str, str, str]) -> None:
    body = f"La comisión aprobó el formato.\n\n{lead_in}\n\n" + "\n".join(days)
    assert _days("Tres debates de candidatos", body) == ["2024-03-09", "2024-03-23", "2024-04-06"]

"""A German weekday heading its line dates that line only when a clock opens it ("Samstag: 10 bis 16 Uhr", "Sonntag:
um 11 Uhr", "Samstag: 10:00-16:00"): a count ("Samstag: 2 Vorstellungen", "Sonntag: 12 Grad") or a score
("Freitag: 3:1 gegen ...") heads a line of no event of its own."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _events(lines: str) -> list[str]:
    text = ("Wochenende\n\nSource: Stadt\n\nDas Haus lädt am 14. und 15. März 2026 zum Wochenende ein.\n\n"
            f"{lines}\n")
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" if isinstance(e.start, dt.datetime) else f"{e.start}"
                  for e in extract(text, source="test", reference=_REFERENCE).events)


@pytest.mark.parametrize("lines", [
    "Samstag: 2 Vorstellungen im großen Saal.\nSonntag: 3 Vorstellungen.",
    "Samstag: 12 Grad und Regen.\nSonntag: 15 Grad, sonnig.",
    "Samstag: 3:1 gegen den FC Bayern.\nSonntag: 2:2 in Dortmund.",
])
def test_a_count_or_score_is_no_clock(lines: str) -> None:
    assert _events(lines) == ["2026-03-14"]


@pytest.mark.parametrize(("lines", "starts"), [
    ("Samstag: 10 bis 16 Uhr Führungen.\nSonntag: 11 bis 15 Uhr Fahrzeugschau.",
     ["2026-03-14 10:00", "2026-03-15 11:00"]),
    ("Samstag: ab 10 Uhr Führungen.\nSonntag: 10:00-15:00 Fahrzeugschau.", ["2026-03-14 10:00", "2026-03-15 10:00"]),
])
def test_a_clock_still_dates_the_line(lines: str, starts: list[str]) -> None:
    assert [day for day in _events(lines) if " " in day] == starts

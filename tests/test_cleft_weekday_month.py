"""A French run opened in a cleft on a weekday and its day of the month ("C'est ce jeudi 18 que s'est ouverte la
foire") and going on to a written day ("jusqu'au 21 janvier 2026") starts in the month where that day falls on that
weekday: 18 December 2025, a Thursday, not 18 January 2026, a Sunday. Texts in our own words (review of s51-w144)."""

from __future__ import annotations

import datetime as dt

from parsers import extract


def test_the_weekday_picks_the_month() -> None:
    text = ("Communiqué\n\nC'est ce jeudi 18 que s'est ouverte à Niamey la foire artisanale ; elle se poursuivra "
            "jusqu'au 21 janvier 2026.\n")
    events = extract(text, source="t", reference=dt.date(2025, 12, 1)).events
    assert [(f"{e.start:%Y-%m-%d}", f"{e.end:%Y-%m-%d}") for e in events] == [("2025-12-18", "2026-01-22")]

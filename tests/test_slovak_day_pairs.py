"""Slovak and Czech days joined by "a" (and) before their month: "18. a 19. novembra", "5., 6. a 7. prosince 2025"
(issue #10, "Spans"). Days in a row are one span, as "on 18 and 19 November" is in English; days apart are each a day.
Seen in world-hundredfortysecond (a foreign ministry's "kde bude mať 18. a 19. novembra oficiálny pracovný program" was
read as two days, the first only from "v utorok (18. 11.)", where a reader sees a two-day programme); the texts are
ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2025, 11, 1)


def _days(text: str) -> list[str]:
    return sorted(f"{e.start:%Y-%m-%d}..{e.end:%Y-%m-%d}" if not isinstance(e.start, dt.datetime)
                  else f"{e.start:%Y-%m-%d %H:%M}" for e in extract(text, source="test", reference=_REFERENCE).events)


def _item(body: str) -> str:
    return f"Návšteva v Brne\n\nSource: Ministerstvo\n\nZverejnené 10. novembra 2025\n\n{body}\n"


def test_two_days_in_a_row_are_one_span() -> None:
    # (the end of an all-day event is the day after its last)
    assert _days(_item("Štátny tajomník bude 24. a 25. novembra na pracovnej návšteve v Brne.")) \
        == ["2025-11-24..2025-11-26"]


def test_three_days_in_a_row_in_czech() -> None:
    assert _days(_item("Ministr se 1., 2. a 3. prosince 2025 zúčastní jednání v Brně.")) \
        == ["2025-12-01..2025-12-04"]


def test_days_apart_stay_two_days() -> None:
    assert _days(_item("Štátny tajomník bude 24. a 27. novembra na pracovnej návšteve v Brne.")) \
        == ["2025-11-24..2025-11-25", "2025-11-27..2025-11-28"]

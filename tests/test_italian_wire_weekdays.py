"""An Italian weekday whose accent a wire types as an apostrophe, "giovedi' 9 giugno", "venerdi' 12" (issue #10,
"Dates"): a weekday like "giovedì", which tells the year of a date that gives none. Seen in world-hundredsixth (an
embassy's open day under "Belgrado, 08 giu – (Nova) –"); the texts are ours."""

from __future__ import annotations

import datetime as dt

from tests.conftest import timed_starts_of

_REFERENCE = dt.date(2026, 1, 10)


def _starts(text: str) -> list[str]:
    return timed_starts_of(text, _REFERENCE)


def test_the_weekday_tells_the_year() -> None:
    # No year anywhere: 14 June is a Wednesday in 2023 (in 2026 a Sunday).
    text = ("Festa della Repubblica in ambasciata\n\nSource: Ambasciata d'Italia a Sofia\n\n"
            "Sofia, 12 giu – (Nova) – L'ambasciata d'Italia aprira' le sue porte mercoledi' 14 giugno, alle ore 18, "
            "per un concerto nel giardino della residenza.\n")
    assert _starts(text) == ["2023-06-14 18:00"]

"""Slovenian dates and hours (issue #10, "Language"): months nominative or genitive after a day's number and dot
("19. junij 2023", "3. oktobra 2024"), a weekday after "v" ("v sredo, 12. marca 2025"), hours "ob 10. uri". Seen in
world-hundredfourteenth (an events listing of "9.00-" rows under "Ponedeljek / 19. junij 2023" in Ljubljana gave no
event: the month was no word of any grammar); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import timed_starts_of

_REFERENCE = dt.date(2026, 1, 10)


def _local(text: str) -> list[str]:
    return timed_starts_of(text, _REFERENCE)


@pytest.mark.parametrize(("body", "expected"), [
    # a listing's day heading over rows of "H.MM-" clocks (Ljubljana's summer time)
    ("Torek\n\n14. julij 2026\n\nNAPOVEDNIK\n\n9.30- Ministrstvo bo predstavilo novi razpis. Gregorčičeva 20,"
     " Ljubljana\n\n12.00- Županja bo odprla prenovljeno knjižnico. Mestni trg 1, Ljubljana\n",
     ["2026-07-14 09:30", "2026-07-14 12:00"]),
    # the genitive after a weekday and "v", the hour "ob 10. uri"
    ("Ministrica bo v sredo, 11. marca 2026, ob 10. uri sprejela veleposlanike v Ljubljani.\n",
     ["2026-03-11 10:00"]),
    ("Posvet bo 3. decembra 2026 ob 9.30 uri v Mariboru.\n", ["2026-12-03 09:30"]),
])
def test_slovenian_day_and_hour(body: str, expected: list[str]) -> None:
    text = f"Napoved\n\nSource: Ministrstvo\n\n{body}"
    assert _local(text) == expected

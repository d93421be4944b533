"""A weekday with its day in brackets after it, "am Samstag (28. September)", "bis Sonntag (29. September)", "on
Friday (12 June)": one day, whose weekday tells a yearless day's year (issue #10, "The right year": German regional
papers bracket the day after the weekday). Seen in world-hundredeighteenth (a Landtag's open days, "am Samstag (28.
September) um 11 Uhr" and "bis Sonntag (29. September)" with no year, fell in the reference's year, where neither
weekday fits); the texts are ours."""

from __future__ import annotations

import datetime as dt

from tests.conftest import starts_of

_REFERENCE = dt.date(2026, 12, 7)


def _starts(text: str) -> list[str]:
    return starts_of(text, _REFERENCE)


def test_two_bracketed_days_of_a_festival() -> None:
    text = ("Sommerfest im Rathaus\n\nSource: Stadtrat\n\n"
            "Der Stadtrat lädt am Samstag (28. September) um 11 Uhr zum Sommerfest ins Rathaus ein. "
            "Das Fest dauert bis Sonntag (29. September).\n")
    # (28 September is a Saturday in 2024, not in 2026, the reference's year)
    assert "2024-09-28 11:00" in _starts(text)


def test_a_bracket_holding_more_than_the_day_is_not_joined() -> None:
    text = ("Sommerfest im Rathaus\n\nSource: Stadtrat\n\nVeröffentlicht am 2. September 2026\n\n"
            "Der Stadtrat lädt am Samstag (ab 28. September jeden Samstag) um 11 Uhr zur Führung ein.\n")
    assert all(not start.startswith("2024") for start in _starts(text))

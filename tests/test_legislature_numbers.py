"""A parliament's numbered legislature bounds an undated item's years, as a numbered session does: "the 8th
legislature of the Assembly of Kosovo" sat from 2021 to 2025, "Legjislatura VII" from 2019 to 2021, "the 9th
legislature of the European Parliament" from 2019 to 2024. Only with the parliament named in the item (Albania's
Assembly numbers its own legislatures too). Issue #10, the forms left by earlier sessions (seen in
world-hundredtwentyeighth: an Albanian notice of the Assembly of Kosovo whose weekday fits 2019 and 2024). The texts are
ours, read with a reference date (1 December 2026) outside the terms."""

from __future__ import annotations

import pytest

from parsers import numberedsessions
from tests.year_texts import REFERENCE, days_of, events_of

WINDOWS = [
    # (text, the window's first and last days or None, why)
    ("The 8th legislature of the Assembly of Kosovo holds its session.", ("2021-01-01", "2025-12-31"), "an ordinal"),
    ("Kuvendi i Republikës së Kosovës: seanca e Legjislaturës VII.", ("2019-01-01", "2021-12-31"),
     "Albanian, a Roman numeral"),
    ("The 9th legislature of the European Parliament opens in Strasbourg.", ("2019-01-01", "2024-12-31"),
     "the European Parliament's, five years each"),
    ("Kuvendi i Shqipërisë hap seancën e Legjislaturës X.", None, "Albania's Assembly: not in the table"),
    ("The 8th legislature holds its session.", None, "no parliament named"),
]


@pytest.mark.parametrize(("text", "expected", "why"), WINDOWS, ids=[row[2] for row in WINDOWS])
def test_the_window_of_a_legislature(text: str, expected: tuple[str, str] | None, why: str) -> None:
    window = numberedsessions.window(text, REFERENCE)
    found = None if window is None else (window.spans[0][0].isoformat(), window.spans[-1][1].isoformat())
    assert found == expected, why


def test_the_legislature_picks_the_year_the_weekday_leaves_open() -> None:
    # Thursday 19 December: 2019 and 2024; only the 8th legislature's years hold 2024.
    body = ("The Committee on Budget of the 8th legislature of the Assembly of Kosovo meets on Thursday, 19 December,"
            " at 10:00 in Pristina.")
    assert days_of(events_of(body, "Budget committee meets")) == ["2024-12-19"]

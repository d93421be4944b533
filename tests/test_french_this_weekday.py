"""The French "ce dimanche" (this Sunday) counted as "this Sunday" is: from the day the item was written or its
first full date, not after the last day it named (issue #10, "Dates"). Seen in world-ninetysecond (a minister's two
days "le 31 décembre 2023 et le 1er janvier 2024", then "ce dimanche dès 20heures", went to 7 January); the texts
are ours."""

from __future__ import annotations

import datetime as dt

from tests.conftest import utc_starts_of

_REFERENCE = dt.date(2026, 1, 10)


def _utc(text: str) -> list[str]:
    return utc_starts_of(text, _REFERENCE)


def test_ce_dimanche_is_the_sunday_of_the_days_named() -> None:
    body = ("Le préfet sera à Douala le 7 mars 2026 et le 8 mars 2026. "
            "Premier temps : ce samedi à 18 heures, concert des fanfares à Douala.")
    # Saturday 7 March, the first of the two days named (Douala, UTC+1); not Saturday 14 March, after the last
    assert _utc(f"Programme\n\nSource: Préfecture\n\n{body}\n") == ["2026-03-07 17:00"]

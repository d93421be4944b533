"""The body's first line, a town, a dash, a full date and a minute it was filed at ("Cairo - Wednesday 14 January
2026 12:34 AM"), is the item's stamp, not an event, as the same line without the town is (issue #10: stamps). Seen in
world-hundredtenth (an Egyptian site's stamp "القاهرة - الأربعاء 14 يناير 2026 12:34 صباحاً", published as an event at
00:34 once its Arabic was read); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import timed_starts_of

_REFERENCE = dt.date(2026, 1, 10)


def _starts(text: str) -> list[str]:
    return timed_starts_of(text, _REFERENCE)


@pytest.mark.parametrize("stamp", [
    "Alexandria - Tuesday 3 March 2026 10:47 PM",
])
def test_town_dash_stamp(stamp: str) -> None:
    text = (f"Council sitting\n\nSource: City Council of Nowhere\n\n{stamp}\n\n"
            "The council sits in Alexandria, Egypt on Thursday 5 March 2026 at 11:00 to adopt the budget.\n")
    assert _starts(text) == ["2026-03-05 11:00"]

"""A wire service named between dashes or slashes after the town opens a dateline ("MANILA, PHILIPPINES - Media
OutReach - 4 March 2026 - ..."): its date is when the release went out, no event, and no span with the next day's
launch."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

RELEASE = """Regional council opens its anniversary year

Source: test

{dateline} 4 March 2026 - A virtual launch on 5 March 2026, 14:00 Manila Time, opens the Ruby Jubilee of the council.
"""


@pytest.mark.parametrize("dateline", [
    "MANILA, PHILIPPINES - Media OutReach -",
    "QUEZON CITY - Newswire Asia -",
    "SINGAPORE / Pacific Wire /",
])
def test_the_release_date_is_no_event(dateline: str) -> None:
    events = extract(RELEASE.format(dateline=dateline), source="test", reference=dt.date(2026, 3, 1)).events
    starts = [e.start for e in events]
    assert len(starts) == 1, starts
    assert isinstance(starts[0], dt.datetime)
    assert starts[0].date() == dt.date(2026, 3, 5)


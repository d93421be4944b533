"""A release's header line, its number at most before its date and the kind of document after it ("No: 41, 3 June
2027, Press Release: ...", "3 June 2027 – Press Statement on ..."): the day it was issued, no event (issue #10, "Not
events"); the days the release announces stay. Seen in world-ninetyfirst (a release posted on a consulate's page);
the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import days_of

_REFERENCE = dt.date(2027, 6, 3)


def _days(text: str) -> list[str]:
    return days_of(text, _REFERENCE)


@pytest.mark.parametrize("header", [
    "No: 41, 3 June 2027, Press Release: Trade ministers meet in Tashkent",
    "3 June 2027 – Press Statement on the meeting of trade ministers",
    "Nr. 12/2027, 3 June 2027, Press Release Regarding the Trade Ministers' Meeting",
])
def test_release_header(header: str) -> None:
    text = (f"Trade ministers meet\n\nSource: Ministry\n\n{header}\nOn 7 June 2027 Tashkent hosts a meeting of the "
            f"trade ministers.\n")
    assert _days(text) == ["2027-06-07"]

"""London's Westminster Cathedral gives London's clock: the gazetteer's bare "Westminster" is a town of Colorado (issue
#10, "Zone"). Seen in world-ninetysecond (a High Commission's Thanksgiving Mass "at Westminster Cathedral ... at
1:45pm" was read on Denver's clock); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import utc_starts_of

_REFERENCE = dt.date(2026, 1, 10)


def _utc(text: str) -> list[str]:
    return utc_starts_of(text, _REFERENCE)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("A service of thanksgiving is held at Westminster Cathedral on Saturday 14 March 2026 at 2:30pm.",
     "2026-03-14 14:30"),  # London keeps GMT in March before the change
    ("The choir sings at Westminster Cathedral on Sunday 12 July 2026 at 6pm.", "2026-07-12 17:00"),  # BST
])
def test_landmark_gives_london(sentence: str, expected: str) -> None:
    assert _utc(f"Notice\n\nSource: Friends of the Choir\n\n{sentence}\n") == [expected]


def test_colorado_westminster_stays_in_colorado() -> None:
    text = ("Notice\n\nSource: City news\n\n"
            "The council meets in Westminster, Colorado, on Monday 13 July 2026 at 6pm.\n")
    assert _utc(text) == ["2026-07-14 00:00"]  # Denver, UTC-6 in summer

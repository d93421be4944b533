"""A festival that "opens on 12 January 2025 and goes on until 8 February" is one span, its last day said after
"goes on until" as after "runs until" (world-seventeenth 11). Items in our own words."""

from __future__ import annotations

import pytest

from .conftest import listed

ITEM = """Lantern festival dates announced

Source: A city council

2024-11-20

The Lantern Festival {sentence}, the council said.
"""


@pytest.mark.parametrize("sentence", [
    "opens on January 12, 2025 and goes on until February 8",
    "opens on January 12, 2025 and carries on until February 8",
    "opens on January 12, 2025 and runs until February 8",
])
def test_a_start_and_an_end_said_with_their_verbs_are_one_span(sentence: str) -> None:
    assert listed(ITEM.format(sentence=sentence)) == ["2025-01-12..2025-02-08"]

"""A count of days from a Japanese day ("9月9日から10日後", ten days after 9 September; "9月9日から3日以内",
within three days of it) is no span from that day to another: the day stays the day it is, as it was before "から"
was read as a span's "to" (issue #10, "Dates"). The texts are ours."""

from __future__ import annotations

import pytest

from parsers.dates import find_mentions


def _read(text: str) -> list[tuple[str, tuple[int, int] | None, tuple[int, int] | None]]:
    return [(m.kind, (m.first.month, m.first.day) if m.first else None, (m.last.month, m.last.day) if m.last else None)
            for m in find_mentions(text) if m.kind in ("day", "span")]


@pytest.mark.parametrize("text", ["結果は9月9日から10日後に発表します。", "9月9日から3日以内に申請してください。",
                                  "9月9日から10日目に再開します。"])
def test_a_count_from_a_day_leaves_the_day(text: str) -> None:
    assert _read(text) == [("day", (9, 9), None)]


def test_a_span_to_a_later_day_stays() -> None:
    assert _read("9月9日から11日まで開催します。") == [("span", (9, 9), (9, 11))]

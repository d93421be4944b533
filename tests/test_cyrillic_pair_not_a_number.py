"""A number after "№" joined by "и" to a day of a month ("приказ № 5 и 6 мая", order No. 5 and 6 May) is no day of
that month: the pair of days is not read there, as a span of two days is not (issue #10, "Dates"). The texts are
ours."""

from __future__ import annotations

from parsers.dates import find_mentions


def test_a_numbered_thing_before_a_day_is_no_day() -> None:
    read = [(m.kind, m.first.day if m.first else None) for m in find_mentions("согласно приказу № 5 и 6 мая")
            if m.kind in ("day", "span")]
    assert read == [("day", 6)]


def test_the_pair_alone_stays_a_span() -> None:
    assert [m.kind for m in find_mentions("совещание пройдет 5 и 6 мая") if m.kind in ("day", "span")] == ["span"]

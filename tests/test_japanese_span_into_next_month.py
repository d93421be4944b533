"""A Japanese run "from" a day "to" a smaller day of no month named ("9月29日から2日まで", 29 September to 2 October)
is no span of one month: its first day is kept, as it was before "から" was read as a span's "to", not lost with the
span (issue #10, "Dates"). The texts are ours."""

from __future__ import annotations

from parsers.dates import find_mentions


def test_the_first_day_is_kept() -> None:
    read = [(m.kind, m.first.month, m.first.day) for m in find_mentions("物産展は9月29日から2日まで開きます。")
            if m.kind in ("day", "span") and m.first]
    assert read == [("day", 9, 29)]


def test_a_span_within_the_month_stays() -> None:
    assert [m.kind for m in find_mentions("物産展は9月9日から11日まで開きます。")] == ["span"]

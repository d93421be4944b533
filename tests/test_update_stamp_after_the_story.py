"""A page's update stamp later than every date of its story ("Last updated on September 11th, 2021" under a visit
"on 23 and 24 October 2019") tells when the page changed, not when the story was written (issue #10, "Year"): the
story's dated events stay, and its year-less days take the story's year. The texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_STORY = ("Envoy to visit the region\n\nSource: UN Regional Office\n\nThe Special Envoy will visit Garoua on 5 and 6"
          " March 2018 to meet local leaders. She will brief the press on 6 March at 16:00 at the Governor's"
          " office.\n\n")


def _starts(text: str) -> list[str]:
    events = extract(text, source="test", reference=dt.date(2026, 12, 6)).events
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" if isinstance(e.start, dt.datetime) else f"{e.start}" for e in events)


def test_a_later_update_stamp_keeps_the_story() -> None:
    assert _starts(_STORY + "Last updated on 14 June 2021\n") == ["2018-03-05", "2018-03-06 16:00"]


def test_a_publication_stamp_still_dates_the_item() -> None:
    # ("Published 14 June 2021": the story is told as of then, and a visit three years before it is history.)
    assert "2018-03-06 16:00" not in _starts(_STORY + "Published 14 June 2021\n")

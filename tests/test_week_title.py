"""A note on the week it is written in ("What's on in Geneva this week? (12-16 August)", "The week ahead", "Cette
semaine") counts every bare weekday in that week (issue #10, "Year"/"Layout": weekdays of a week-ahead note). After
"Thursday brings a workshop", "plenary meetings on Tuesday afternoon and on Wednesday afternoon" had fallen in the
week after, counted on from Thursday. Elsewhere a weekday named after a later one is still counted on from it, where
that one is not of the week after the item's stamp (then both are of that week: test_weekday_of_the_stamps_week). Seen
in world-eightysecond (a Geneva week-ahead note); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 6, 1)


def _days(text: str) -> list[dt.date]:
    return sorted(e.start.date() if isinstance(e.start, dt.datetime) else e.start
                  for e in extract(text, source="test", reference=_REFERENCE).events)


def test_the_weekdays_of_a_week_ahead_note_are_that_week() -> None:
    text = ("The week ahead at the harbour board\n\nSource: Harbour Watch\n\nPosted 4 May 2026\n\n"
            "Thursday brings the vote on the new pier, in the board room.\n\n"
            "The finance committee meets on Tuesday afternoon to settle the budget.\n")
    assert _days(text) == [dt.date(2026, 5, 5), dt.date(2026, 5, 7)]


def test_a_french_week_note_likewise() -> None:
    text = ("Cette semaine au conseil du port\n\nSource: Harbour Watch\n\nPosted 4 May 2026\n\n"
            "Thursday brings the vote on the new pier, in the board room.\n\n"
            "The finance committee meets on Tuesday afternoon to settle the budget.\n")
    assert _days(text) == [dt.date(2026, 5, 5), dt.date(2026, 5, 7)]


def test_elsewhere_a_later_weekday_counts_on() -> None:
    text = ("Harbour board business\n\nSource: Harbour Watch\n\nPosted 4 May 2026\n\n"
            "Thursday 14 May brings the vote on the new pier, in the board room.\n\n"
            "The finance committee meets on Tuesday afternoon to settle the budget.\n")
    assert _days(text) == [dt.date(2026, 5, 14), dt.date(2026, 5, 19)]

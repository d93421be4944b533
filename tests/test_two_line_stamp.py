"""A stamp printed in two lines, the day over the filing minute ("07 October, 2025" / "15:09") (issue #10,
"Stamps"): the minute on its own line is when the story was filed, not an event of the stamp's day. It had become
the time of the first paragraph, which lost its own day ("on December 12"). A minute on the five ("10:30" under its
day) is a meeting's and stays. Seen in world-sixtyninth (a Caspian news agency's stamp over an announced forum); the
texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 3, 1)


def _starts(text: str) -> list[dt.date | dt.datetime]:
    return sorted((e.start for e in extract(text, source="test", reference=_REFERENCE).events),
                  key=lambda s: (s.year, s.month, s.day))


def test_the_minute_under_the_day_is_the_stamp() -> None:
    text = ("Port of Aktau to host a logistics forum\n\nSource: Caspian Wire\n\n14 January, 2026\n11:37\n\n"
            "A logistics forum will be held at the port of Aktau on March 18, its director told reporters.\n")
    [start] = _starts(text)
    assert start == dt.date(2026, 3, 18)


def test_a_dotted_date_with_its_minute_below() -> None:
    text = ("Bridge reopens to traffic\n\nSource: Valley Courier\n\n03.02.2026\n08:52\n\n"
            "The old bridge reopens to traffic on 20 February after repairs, the county said.\n")
    [start] = _starts(text)
    assert start == dt.date(2026, 2, 20)


def test_a_meeting_on_the_five_minutes_stays() -> None:
    text = ("Board meeting\n\nSource: Town of Easton\n\nTuesday, 17 March 2026\n10:30\n"
            "Meeting of the library board, Easton Town Hall.\n")
    starts = _starts(text)
    assert [(s.hour, s.minute) for s in starts if isinstance(s, dt.datetime)] == [(10, 30)]

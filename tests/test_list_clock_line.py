"""A line that opens a list and ends "... on the following dates at Geneva time:" names the clock of every row below
it, once, as "All times are CET" would (world-seventyfirst 3: a treaty body's dialogues were read on the clock of a
country under review, named in the item). Only a town's or land's "... time" right before the closing colon
declares; "at 10:00:" or "in good time:" does not. Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from parsers.declaredzone import declared_label

ITEM = """Expert panel to hear three governments in April

Source: Panel of Experts on Water Rights

Issued 2 April 2031

The panel examines Peru, Japan and Canada. It questions each delegation in public, on the dates below, {clock}:

Peru

8 April 15:00 - 18:00

Japan

9 April 10:00 - 13:00
"""


def _utc_starts(clock: str) -> list[str]:
    events = extract(ITEM.format(clock=clock), source="panel", reference=dt.date(2031, 4, 2),
                     default_zone="UTC").events
    return sorted(e.start.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M") for e in events if not e.all_day)


def test_the_clock_named_once_over_the_list() -> None:
    # Geneva keeps CEST (UTC+2) in April: 15:00 there is 13:00 UTC, whatever country a heading names
    assert _utc_starts("at Geneva time") == ["2031-04-08 13:00", "2031-04-09 08:00"]


def test_the_line_alone() -> None:
    assert declared_label("Dialogues will be held on these dates at Geneva time:") == "Geneva time"
    assert declared_label("The hearings, in Vienna time:") == "Vienna time"


def test_no_clock_no_label() -> None:
    assert declared_label("Reporters should arrive in good time:") is None
    assert declared_label("The committee meets at 10:00:") is None
    assert declared_label("Dialogues at Geneva time, as in past sessions.") is None

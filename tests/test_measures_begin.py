"""The day and hour an order's measures begin ("the measures below begin at 5 a.m. on Tuesday, August 25, 2020",
"the restrictions will start at midnight on Friday", "the new rules take effect at 6 a.m. on Monday") is the start
of a standing state, a curfew or a closure, not an event, as "comes into force on 1 April" was. Talks about rules
that begin on a day stay. (Found in world-fiftyfifth item 7, a prime minister's office's emergency order.) Texts of
our own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

REFERENCE = dt.date(2026, 12, 4)


def _starts(body: str) -> list[str]:
    text = f"New provisions\n\nSource: Example Office\n\n{body}\n"
    events = extract(text, source="t", reference=REFERENCE, default_zone="Europe/Brussels").events
    return sorted(str(e.start) for e in events)


@pytest.mark.parametrize("body", [
    "The Ministry advises that the measures below begin at 5 a.m. on Tuesday, 25 August 2020 for the islands of "
    "the south. A curfew applies every day from 10 p.m. to 5 a.m.",
    "The restrictions will start at midnight on Friday, 12 March 2021 for all ports of the country.",
    "The Cabinet announced that the new rules take effect at 6 a.m. on Monday, 4 January 2021 in every region.",
    "The emergency orders begin on Saturday, 1 May 2021 and remain until further notice.",
])
def test_the_start_of_an_order_is_no_event(body: str) -> None:
    assert _starts(body) == []


def test_talks_on_rules_that_begin_stay() -> None:
    assert _starts("Talks on the new trade rules begin on Monday, 4 January 2021 at 10:00 in Geneva.") \
        == ["2021-01-04 10:00:00+01:00"]

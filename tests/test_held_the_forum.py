"""A report of what a body did, in the active past with the day and year ("The Centre held the Third Regional Forum
in Bishkek on 14 November 2021", "UNRCCA, together with the Government, held the Fifth Expert Forum ... on 10 December
2022") and no stamp to weigh it against, tells history, not an event; "will be held the week of" and a forum "held
the day before" are no such report, and an announcement of what is to come stays. (Found in world-fiftyfifth item 4,
a UN regional centre's report of its forum.) Texts of our own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

REFERENCE = dt.date(2026, 12, 4)


def _starts(body: str) -> list[str]:
    text = f"Regional forum\n\nSource: Example Centre\n\n{body}\n"
    events = extract(text, source="t", reference=REFERENCE, default_zone="Europe/Brussels").events
    return sorted(str(e.start) for e in events)


@pytest.mark.parametrize("body", [
    "The Centre held the Third Regional Forum in Bishkek on 14 November 2021. Experts from five states took part.",
    "The Ministry, together with UNDP, held the annual seminar on water in Dushanbe on 3 June 2022. Diplomats took "
    "part.",
])
def test_a_forum_a_body_held_is_history(body: str) -> None:
    assert _starts(body) == []


@pytest.mark.parametrize(("body", "start"), [
    ("The Fourth Regional Forum will be held in Almaty on 20 November 2026. Experts from five states take part.",
     "2026-11-20"),
    ("The Centre holds the Fourth Regional Forum in Almaty on 20 November 2026.", "2026-11-20"),
])
def test_a_forum_to_come_stays(body: str, start: str) -> None:
    assert _starts(body) == [start]

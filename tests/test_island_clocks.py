"""Islands and atolls named alone for the place of the news (issue #10, "zones": the place gives the zone): "the
Cabinet of the Nevis Island Administration", "sits on Nukunonu", "opens the harbour on Rarotonga" give the island's
clock, its country's; a town of New Zealand keeps New Zealand's. Seen in
world-hundredeighth (a Nevis press conference read on the calendar's clock); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _utc_starts(body: str) -> list[str]:
    text = f"Notice\n\nSource: Administration\n\n{body}\n"
    events = extract(text, source="test", reference=_REFERENCE).events
    return sorted(f"{e.start.astimezone(dt.UTC):%Y-%m-%d %H:%M}" for e in events
                  if isinstance(e.start, dt.datetime))


@pytest.mark.parametrize(
    ("body", "utc"),
    [
        ("The Cabinet of the Nevis Island Administration will hold a press conference on Thursday, March 5, 2026, at "
         "10:00am.", "2026-03-05 14:00"),
        ("The Fono will open its session on Nukunonu on Tuesday 10 March 2026 at 9:00am.", "2026-03-09 20:00"),
        ("The minister visits the new clinic on Praslin on Friday 6 March 2026 at 11am.", "2026-03-06 07:00"),
        ("The minister will open the harbour on Rarotonga on Friday 6 March 2026 at 10am.", "2026-03-06 20:00"),
    ],
    ids=["nevis", "nukunonu-utc+13", "praslin-utc+4", "rarotonga-utc-10"],
)
def test_island_named_alone_gives_its_clock(body: str, utc: str) -> None:
    assert _utc_starts(body) == [utc]


def test_a_new_zealand_council_keeps_new_zealands_clock() -> None:
    text = ("Council meetings\n\nSource: Whangarei District Council\n\nDate and time Meeting\n\n"
            "Thursday 1 April 2021 at 1:00pm\n\nCouncil Briefing\n")
    events = extract(text, source="test", reference=_REFERENCE).events
    assert [f"{e.start.astimezone(dt.UTC):%Y-%m-%d %H:%M}" for e in events] == ["2021-04-01 00:00"]

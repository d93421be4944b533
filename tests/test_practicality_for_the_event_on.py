"""A practicality that names the event it serves, then the event's day: "Registration is open for the workshop on
Tuesday 8 February at 10:00", "Sign up for the seminar, held on ...", "Join us for the open evening on ...": the day
and hour are the event's, and its title is what one comes to, not the call to come. Left as before: the
practicality's own day ("Accreditation for the Summit opens on 3 September"), a duty with the press's hour ("Crews
who want to film the session on Monday must arrive by 1.30 p.m."), a deadline ("Register by Friday 4 February").
Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Workshops this winter

Source: Harbour Skills Council

Published: 1 December 2031

{body}
"""

CASES = [
    ("Registration is open for the budgeting workshop on Tuesday 10 February at 10:00 in Rotterdam.",
     [("2032-02-10 09:00", "workshop")], "registration open for the event on its day"),
    ("Sign up now for the welding masterclass, held on 12 February 2032 at 14:30 in Rotterdam.",
     [("2032-02-12 13:30", "masterclass")], "sign up for the event, held on its day"),
    ("Join us for the open evening on Thursday 5 February at 19:00 at the harbour college in Rotterdam.",
     [("2032-02-05 18:00", "open evening")], "join us for the event on its day"),
    ("Accreditation for the Harbour Summit opens on 3 January 2032 at 09:00.",
     [], "the practicality's own day: no event"),
    ("Accredited crews who want to film the closing session on Monday 9 February must reach the hall by 1.30 p.m.",
     [], "a duty with the press's own hour: no event"),
    ("Register by Friday 6 February for the budgeting workshop.",
     [], "a deadline: no event"),
]


@pytest.mark.parametrize(("body", "expected", "why"), CASES)
def test_practicality_for_the_event_on(body: str, expected: list[tuple[str, str]], why: str) -> None:
    events = extract(ITEM.format(body=body), source="skills", reference=dt.date(2031, 12, 1),
                     default_zone="Europe/Amsterdam").events
    got = sorted((e.start.astimezone(dt.timezone(dt.timedelta(0))).strftime("%Y-%m-%d %H:%M"), e.summary)
                 for e in events)
    assert [when for when, _ in got] == [when for when, _ in expected], (why, got)
    for (_, summary), (_, words) in zip(got, expected, strict=True):
        assert words in summary.lower(), (why, summary)
        assert not summary.split(":", 1)[-1].strip().lower().startswith(("registration", "sign up", "join")), \
            (why, summary)


def test_a_practicality_told_in_the_past_stays_history() -> None:
    item = ("Register released early\n\nSource: Harbour Skills Council\n\nThe council released the members' register "
            "on 6th November. It also kept the promise made to the members at the last general meeting, on 15th "
            "October 2031, to publish the register within a month.\n")
    assert extract(item, source="skills", reference=dt.date(2031, 12, 1)).events == []

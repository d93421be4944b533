"""An invitation to attend told after the event's day and time, in a clause of its own ("On 14 March, at 6pm GMT,
she gives the society's lecture, streamed online, for which registration is open") leaves the event: the day and time
are the lecture's (world-fortyseventh 4: the colloquium was lost to its registration). A duty or a service's hours
told so stay no event. Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = """Lecture

Source: Coastal Society

{body}
"""


def _starts(body: str) -> list[str]:
    events = extract(ITEM.format(body=body), source="society", reference=dt.date(2031, 3, 1),
                     default_zone="Europe/London").events
    return [e.start.strftime("%Y-%m-%d %H:%M") for e in events]


def test_registration_open_after_the_event() -> None:
    body = ("Two talks are planned for the month. On 14 March 2031, at 6pm GMT, Dr Ines Moreau gives the society's "
            "annual lecture on shifting dunes, streamed online, for which registration is open on the website.")
    assert _starts(body) == ["2031-03-14 18:00"]


def test_asked_to_register_online_after_the_time() -> None:
    body = ('"We hold a public meeting on the harbour wall on 20 March 2031 from 7:00 pm to 8:30 pm," the society '
            "wrote, inviting members to register online.")
    assert _starts(body) == ["2031-03-20 19:00"]


def test_a_duty_before_it_stays_none() -> None:
    body = "Reporters must be at the gate on 14 March 2031 at 5:30 pm, and registration is required."
    assert _starts(body) == []


def test_a_service_that_registers_stays_none() -> None:
    body = "Six desks hand out badges on 13 March 2031 between 9am and 5pm, and one handles late registration."
    assert _starts(body) == []

"""Disruptions of a service are no events: engineering works, a line closed, buses replacing trains, a supply cut
(world-thirtyfirst 13 and 14: a train operator's weekend works and a power utility's planned interruption were
published as events). A gathering about the works stays an event. Items in our own words."""

from __future__ import annotations

import pytest

from parsers import extract
from parsers.disruptions import disrupts_a_service
from parsers.mentions import Mention

from .conftest import REFERENCE

ITEM = "Notice\n\nSource: Network Office\n\nPublished: 2 March 2026\n\n{body}\n"

# (body, number of events, why)
CASES = [
    ("Track renewal works close the railway between Ashford and Dover on Saturday 7 March from 10pm until 6am on "
     "Monday 9 March; replacement buses run.", 0, "works closing a line, and buses replacing trains"),
    ("On Saturday 7 March, buses replace trains between Leeds and York from 11pm.", 0, "buses replacing trains"),
    ("On Sunday 8 March, engineering work means no trains to the airport.", 0, "engineering work, no trains"),
    ("A planned power outage will affect parts of Eastfield on Tuesday 10 March from 8 a.m. to 4 p.m. while cables "
     "are replaced.", 0, "a power outage"),
    ("Water supply to the north of the town will be interrupted on Thursday 12 March between 9am and 3pm.", 0,
     "a supply interrupted"),
    ("The utility says supply in the listed areas will be off from 9:00am to 5:00pm on Sunday 8 March.", 0,
     "a supply off"),
    ("Parts of Westfield will be without power from 9 am to 5 pm on Tuesday 10 March.", 0, "without power"),
    ("The interruptions will occur between 9 am and 5 pm on Tuesday 10 March.", 0, "interruptions that occur"),
    ("Habrá un corte programado de energía el martes 10 de marzo de 9 a 13 horas en el barrio norte.", 0,
     "a power cut, in Spanish"),
    ("Une coupure d'eau aura lieu le mardi 10 mars de 8h à 12h rue des Lilas.", 0, "a water cut, in French"),
    ("Am Samstag, 7. März, gilt ab 22 Uhr Schienenersatzverkehr zwischen Köln und Bonn.", 0,
     "buses replacing trains, in German"),
    ("Most estates in Hillside will not have electricity on Sunday 8 March.", 0, "not having electricity"),
    ("The Circle line will be closed between Aldgate and Bank on Saturday 7 March.", 0, "a line closed"),
    ("Trains will not run between Leeds and York on Sunday 8 March.", 0, "trains not running"),
    ("The 30-hour maintenance project runs from 7pm on Tuesday 10 March until 1am on Thursday 12 March.", 0,
     "a maintenance project's window"),
    ("Main Street will be closed from 7 a.m. to 5 p.m. on Saturday 7 March for bridge repairs.", 0, "a street closed"),
    ("Crews will flush water mains across the north side on Tuesday 10 March from 8 a.m. to 3 p.m.", 0,
     "mains flushed"),
    ("The spring fair fills Main Street on Saturday 7 March from 10am, and the street will be closed to traffic.", 1,
     "a street closed for a fair: the fair is an event"),
    ("Residents can learn more about the engineering works at a drop-in session on Thursday 12 March from 4pm to "
     "7pm at the Town Hall.", 1, "a gathering about the works is an event"),
    ("The minister will open the new signalling centre on Friday 13 March at 11am.", 1,
     "an opening is no disruption"),
    ("The council meets on Tuesday 10 March at 7pm to discuss the bus service.", 1, "a meeting on buses"),
    ("The new tram line opens on Sunday 15 March at 10am, and the replacement buses stop running.", 1,
     "a line's opening is an event"),
]


@pytest.mark.parametrize(("body", "count", "why"), CASES)
def test_a_disruption_is_no_event(body: str, count: int, why: str) -> None:
    events = extract(ITEM.format(body=body), source="network", reference=REFERENCE,
                     default_zone="Europe/London").events
    assert len(events) == count, why


def test_the_test_reads_the_sentence_not_a_word_alone() -> None:
    mention = Mention("weekday", 30, 36, "Sunday")
    assert not disrupts_a_service("The service of thanksgiving is on Sunday.", mention)
    assert not disrupts_a_service("Work on the plan goes on through the year.", mention)


def test_rows_of_a_schedule_that_tell_a_disruption_are_no_events() -> None:
    """Rows of a weekend's works, each its window and what is off: no events; a row of a gathering stays."""
    body = ("Weekend engineering works:\n"
            "Saturday 14 March, 22:00 – Monday 16 March, 05:00: no trains between Leeds and York.\n"
            "Sunday 15 March, all day: buses replace trains between Hull and Selby.\n"
            "Monday 16 March, 18:00: drop-in session on the works at York station.")
    events = extract(ITEM.format(body=body), source="network", reference=REFERENCE,
                     default_zone="Europe/London").events
    assert [f"{e.start:%Y-%m-%d %H:%M}" for e in events] == ["2026-03-16 18:00"]

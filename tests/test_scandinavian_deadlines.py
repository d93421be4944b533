"""Swedish, Danish and Norwegian "senast" / "senest" (at the latest) before a date make it a deadline, as "no later
than" does (world-fortieth 11: "Tilmelding for medier: senest søndag. 5. juni kl. 14:00" was read as an event).
Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Presseinvitation

Source: Forsvaret

{body}
"""


@pytest.mark.parametrize("body", [
    "Tilmelding for medier: senest søndag 5. juni 2016 kl. 14:00, til presse@mil.dk.",
    "Anmälan görs senast den 14 mars 2022 till pressavdelningen.",
    "Påmelding sendes senest fredag 3. juni 2016 til pressevakten.",
])
def test_at_the_latest_is_a_deadline(body: str) -> None:
    assert extract(ITEM.format(body=body), source="x", reference=dt.date(2016, 6, 1),
                   default_zone="Europe/Copenhagen").events == []


def test_the_ceremony_itself_stays() -> None:
    body = "Ceremonien holdes mandag 6. juni 2016 kl. 12:15 på fregatten. Tilmelding senest søndag 5. juni 2016."
    events = extract(ITEM.format(body=body), source="x", reference=dt.date(2016, 6, 1),
                     default_zone="Europe/Copenhagen").events
    assert [e.start.strftime("%Y-%m-%d %H:%M") for e in events] == ["2016-06-06 12:15"]


def test_a_weekday_with_its_full_stop_ends_no_sentence() -> None:
    # "senest søndag. 5. juni kl. 14:00": a Scandinavian weekday written with a full stop before the day's number
    # keeps the deadline's words with its day and clock (world-fortieth 11, under the programme's "7. juni:").
    body = ("7. juni 2016:\n0900 – 1100: Åbent skib for alle\n\n"
            "Tilmelding for medier: senest søndag. 5. juni kl. 14:00, til presse@mil.dk.")
    events = extract(ITEM.format(body=body), source="x", reference=dt.date(2016, 6, 1),
                     default_zone="Europe/Copenhagen").events
    assert [e.start.strftime("%Y-%m-%d %H:%M") for e in events] == ["2016-06-07 09:00"]

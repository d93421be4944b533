"""An organisation's name with a bracketed gloss in lower case ("Odesa Green and Water Forum (talks held at a press
centre)") still says where the body stands: the gloss kept the name from reading as a title-case heading, so the town
in the name was lost and an unlabelled time fell to the calendar's zone. (Seen in a press-conference advisory of a Kyiv
body.) Texts of our own."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from parsers.orghome import home_of

REFERENCE = dt.date(2026, 12, 4)


def test_the_name_without_its_gloss_gives_the_town() -> None:
    home = home_of("Odesa Green and Water Forum (talks held at a press centre)")
    assert home is not None
    assert home.zone == "Europe/Kyiv"


def test_a_name_without_a_gloss_is_read_as_before() -> None:
    home = home_of("Odesa Green and Water Forum")
    assert home is not None
    assert home.zone == "Europe/Kyiv"


def test_a_gloss_alone_names_no_home() -> None:
    assert home_of("Example Club (a briefing for members)") is None


def test_an_unlabelled_time_is_read_in_the_town_of_the_name() -> None:
    text = ("Briefing on river pollution\n\nSource: Odesa Green and Water Forum (talks held at a press centre)\n\n"
            "12:05 03.02.2031\n\nThe forum's experts will brief reporters on Monday, February 3, at 14:00 in the "
            "agency's press hall.\n")
    events = extract(text, source="t", reference=REFERENCE, default_zone="Europe/Brussels").events
    starts = [e.start.astimezone(dt.UTC).isoformat() for e in events]
    assert "2031-02-03T12:00:00+00:00" in starts

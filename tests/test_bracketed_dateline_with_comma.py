"""A dateline in brackets that gives the day and, after a comma, the town in capitals, "(20.10.2008, LISBON)",
opening the body's paragraph (issue #10, "Dates that are not events": datelines): the day the text was written, no
event of its own; the event is the one it announces. Seen in world-ninetythird (an EU agency's notice of a report's
launch, "(20.10.2008, LISBON) The latest facts ..." under "Launch date: Thursday 6 November"); the texts are ours.
A venue after the comma is no town's dateline ("(29 October 2031, Main Hall)")."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _days(text: str) -> list[str]:
    """The events' days, "YYYY-MM-DD", timed or not."""
    return sorted(f"{e.start:%Y-%m-%d}" for e in extract(text, source="test", reference=_REFERENCE).events)


def test_comma_dateline_is_no_event() -> None:
    text = ("Launch of the yearly review\n\nSource: European Agency\n\n(14.10.2030, VIENNA) The agency will present "
            "its yearly review of the state of the rail network at a press conference in Brussels on Tuesday "
            "29 October at 11:00.\n")
    assert _days(text) == ["2030-10-29"]


def test_comma_dateline_under_a_card() -> None:
    text = ("Launch of the yearly review\n\nSource: European Agency\n\nLaunch date: Tuesday 29 October\n"
            "Time: 11:00 CET\n(14.10.2030, VIENNA) The agency presents the newest figures on the rail network in "
            "its yearly review.\n")
    assert _days(text) == ["2030-10-29"]


def test_comma_dateline_opening_a_long_paragraph_under_a_card() -> None:
    text = ("Launch of the yearly review\n\nSource: European Agency\n\nThe yearly review of the rail network\n"
            "Launch date: Tuesday 29 October\nTime: 11:00 CET (Brussels time)\n(14.10.2030, VIENNA) The newest "
            "figures, maps and trends on the rail network of Europe come in the agency's forthcoming Review 2030: "
            "the state of the railways; the agency is based in Vienna. It covers the lines of every member state.\n")
    assert _days(text) == ["2030-10-29"]


def test_a_venue_after_the_comma_is_no_dateline() -> None:
    text = ("Open house\n\nSource: City Library\n\n(29 October 2030, Main Hall) Open house with guided tours of the "
            "new reading rooms.\n")
    assert _days(text) == ["2030-10-29"]

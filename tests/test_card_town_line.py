"""A meeting page's card near the body's head ("Meeting information" / "Porto, Portugal" / "12 - 13 May 2022") says
where the programme below it happens, though a heading stands above the town's line (issue #10, "Zone": times with
no label are local time where they happen). A generic heading qualified, "Indicative programme", names no event of
the card's days. The texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_CARD = ("Informal meeting of trade ministers\n\nSource: Council of the European Union\n\nMeeting information\n"
         "Porto, Portugal\n12 - 13 May 2022\n\nIndicative programme\n\nThursday 12 May\n19:30   Welcome dinner\n\n"
         "Friday 13 May\n09:30   Working session\n12:45   Press conference\n")


def _events(text: str) -> list[tuple[str, str]]:
    events = extract(text, source="test", reference=dt.date(2026, 12, 6)).events
    return [(f"{e.start:%Y-%m-%d %H:%M %z}" if isinstance(e.start, dt.datetime) else f"{e.start}", e.summary)
            for e in events]


def test_rows_are_on_the_clock_of_the_cards_town() -> None:
    timed = [when for when, _ in _events(_CARD) if ":" in when]
    assert timed == ["2022-05-12 19:30 +0100", "2022-05-13 09:30 +0100", "2022-05-13 12:45 +0100"]


def test_two_towns_on_cards_say_nothing() -> None:
    text = _CARD.replace("Meeting information\n", "Meeting information\nLisbon, Portugal\n1 - 2 April 2022\n\n"
                         ).replace("Porto, Portugal", "Vilnius, Lithuania")
    timed = [when for when, _ in _events(text) if ":" in when]
    assert all(not when.endswith("+0300") for when in timed)


def test_qualified_generic_heading_names_no_day_event() -> None:
    assert not any("Indicative programme" in summary for _, summary in _events(_CARD))

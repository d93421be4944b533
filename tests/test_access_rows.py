"""A hearing's card of three lines, its title, its day, then a line in brackets of only its time, access, room and
link ("(Open – 10:00am ET – 2118 Rayburn/Webex)"): the event is named by the title over the day, not by "Open –
2118 Rayburn" (issue #10, "Layouts"; world-hundredfortyninth 5). A bracketed line that names what happens keeps its
own words. The texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _events(body: str) -> list[tuple[str, str]]:
    text = f"Committee schedule\n\nSource: A committee\n\n{body}"
    events = extract(text, source="t", reference=_REFERENCE).events
    return sorted((f"{e.start:%Y-%m-%d %H:%M}", e.summary) for e in events if not getattr(e, "all_day", False))


def test_title_over_the_day_names_the_hearing() -> None:
    events = _events("Subcommittee on Seapower Hearing: Shipyard Modernization\nWednesday, March 4, 2026\n"
                     "(Open – 10:00am ET – 2212 Rayburn/Webex)\nPurpose: Testimony on dry docks.\n")
    assert len(events) == 1
    assert events[0][0] == "2026-03-04 10:00"
    assert "Shipyard Modernization" in events[0][1]


def test_closed_line_without_zone_label() -> None:
    events = _events("Full Committee Briefing: Arctic Posture\nThursday, March 5, 2026\n"
                     "(Closed – 2:00PM – SVC-217)\nPurpose: A classified briefing.\n")
    assert len(events) == 1
    assert "Arctic Posture" in events[0][1]


def test_bracketed_line_that_names_its_business_keeps_it() -> None:
    events = _events("Committee business\nFriday, March 6, 2026\n(9:30am ET – Markup of the annual defense bill)\n")
    assert len(events) == 1
    assert "Markup of the annual defense bill" in events[0][1]
    assert "Committee business" not in events[0][1]

"""A day told between "will" and its verb ("The President will on Thursday receive letters of credence", as releases of
East and West African governments write it) dates the act (issue #10); the paper after the verb ("letters") is its
object, not a paper named by that day; and the title says "receives" (issue #10, "Titles": no "ons"). The texts are
ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_HEAD = "Programme\n\nSource: State House\n\nAccra, Monday, 6th March 2023\n\n"


def _events(body: str) -> list[tuple[str, str]]:
    events = extract(_HEAD + body, source="test", reference=dt.date(2026, 12, 6)).events
    return [(f"{e.start:%Y-%m-%d %H:%M}", e.summary) for e in events]


def test_will_on_a_weekday_then_the_verb() -> None:
    events = _events("The Vice President will on Wednesday receive letters of credence from four envoys at the"
                     " Jubilee House, beginning at 11.00 am.\n")
    assert [when for when, _ in events] == ["2023-03-08 11:00"]
    assert "receives letters" in events[0][1]
    assert " ons " not in events[0][1]


def test_will_on_a_date_then_the_verb() -> None:
    events = _events("The Minister will on 9th March present reports of the audit committee to Parliament at"
                     " 10.00 am.\n")
    assert [when for when, _ in events] == ["2023-03-09 10:00"]
    assert "presents reports" in events[0][1]


def test_a_paper_named_by_its_day_is_still_no_event() -> None:
    assert _events("The Minister referred to the 2 March statements at the briefing.\n") == []

"""One happening, however many items of a source announce it (issue #10): an item that gives only its day and
another that gives its day and time make one timed event, which keeps both items' sentences."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 3, 1)

# Our own items, in the forms a council's releases take: a notice of the vote, then the agenda with the hour.
VOTE_THEN_AGENDA = """Council to vote on the park plan

Source: Town Clerk

The town council will vote on the park plan at its meeting on March 17, 2026.

###

Agenda for the March 17 meeting

Source: Town Clerk

The town council meets on March 17, 2026 at 7 p.m. in the council chamber. The park plan is the first item.
"""


def _said(text: str) -> list[str]:
    events = extract(text, source="test", reference=_REFERENCE).events
    return [f"{e.start:%Y-%m-%d %H:%M}" if e.timezone else f"{e.start:%Y-%m-%d}" for e in events]


def test_a_day_and_its_time_in_two_items_are_one_event() -> None:
    events = extract(VOTE_THEN_AGENDA, source="test", reference=_REFERENCE).events
    assert [f"{e.start:%Y-%m-%d %H:%M}" for e in events] == ["2026-03-17 19:00"]
    assert "will vote on the park plan" in events[0].sentence  # the day-only item's words are kept
    assert "meets on March 17, 2026 at 7 p.m." in events[0].sentence


def test_the_order_of_the_items_does_not_matter() -> None:
    first, second = VOTE_THEN_AGENDA.split("###\n\n")
    assert _said(f"{second}\n###\n\n{first}") == ["2026-03-17 19:00"]


def test_another_happening_of_that_day_stays() -> None:
    # A festival of the whole day and a parade at 10 a.m. within it: two things, though one day.
    text = ("Harbour festival returns\n\nSource: Port Office\n\n"
            "The harbour festival returns on Saturday, June 6, 2026, with boat rides and music along the quay.\n\n"
            "###\n\nOpening parade\n\nSource: Port Office\n\n"
            "The opening parade starts at 10 a.m. on Saturday, June 6, 2026 at the quay.\n")
    assert _said(text) == ["2026-06-06", "2026-06-06 10:00"]


def test_two_meetings_that_day_leave_the_day_only_one_alone() -> None:
    # Which of the two the day-only item means is not said: it stays.
    text = VOTE_THEN_AGENDA + ("\n###\n\nBoard agenda\n\nSource: Town Clerk\n\n"
                               "The town council meets again on March 17, 2026 at 9 p.m. in closed session.\n")
    assert sorted(_said(text)) == ["2026-03-17", "2026-03-17 19:00", "2026-03-17 21:00"]


def _timed_items(first: tuple[str, str], second: tuple[str, str]) -> str:
    return "\n###\n\n".join(f"{title}\n\nSource: City Hall\n\n{body}\n" for title, body in (first, second))


def test_two_unlike_happenings_of_two_items_at_one_minute_stay_two() -> None:
    # An open day and a concert at 10 a.m. CET that day, one naming no place: nothing makes them one.
    text = _timed_items(
        ("Open day at the archive", "The city archive opens its doors to visitors on 12 May 2026 at 10:00."),
        ("Spring concert", "The youth orchestra plays its spring concert on 12 May 2026 at 10:00 in Madrid."))
    events = extract(text, source="test", reference=_REFERENCE).events
    assert len(events) == 2
    assert sorted(e.location for e in events) == ["", "Madrid, Spain"]


def test_one_briefing_told_by_two_items_is_still_one_event() -> None:
    text = _timed_items(
        ("Mayor to brief on the budget", "The mayor holds a press briefing on the budget on 12 May 2026 at 10:00."),
        ("Budget week", "The budget press briefing by the mayor is on 12 May 2026 at 10:00 in the press room."))
    events = extract(text, source="test", reference=_REFERENCE).events
    assert len(events) == 1
    assert "budget week" not in events[0].sentence.lower() or "press room" in events[0].sentence


# A bundle of many organisations' items: each item's "Source:" line names its teller.
TWO_TELLERS = """Mayor to brief the press

Source: {first}

The mayor will hold a press conference on 14 March 2024 at 10:00 JST.

###

Governor to brief the press

Source: {second}

The governor will hold a press conference on 14 March 2024 at 10:00 KST{place}.
"""


def test_two_organisations_briefings_at_one_instant_are_two() -> None:
    # 10:00 in Tokyo and 10:00 in Seoul are one instant: two briefings, not one told twice.
    text = TWO_TELLERS.format(first="City of Sapporo", second="Gyeonggi Province", place="")
    assert len(extract(text, source="test", reference=_REFERENCE).events) == 2


def test_one_organisations_two_items_at_one_instant_are_one() -> None:
    text = TWO_TELLERS.format(first="City of Sapporo", second="City of Sapporo", place="")
    assert len(extract(text, source="test", reference=_REFERENCE).events) == 1


def test_two_organisations_naming_one_place_tell_one_happening() -> None:
    # A joint briefing announced by both hosts: the same instant and the same place.
    text = ("Joint briefing in Geneva\n\nSource: Agency One\n\n"
            "The two heads will hold a joint press conference at the Palais des Nations in Geneva on 14 March 2024 "
            "at 10:00 CET.\n\n###\n\nHeads to brief together\n\nSource: Agency Two\n\n"
            "A joint press conference of the two heads takes place at the Palais des Nations in Geneva on "
            "14 March 2024 at 10:00 CET.\n")
    events = extract(text, source="test", reference=_REFERENCE).events
    assert len(events) == 1
    assert "will hold a joint press conference" in events[0].sentence  # each item's words are kept
    assert "A joint press conference of the two heads" in events[0].sentence


def test_another_organisations_timed_event_does_not_take_a_day_long_one() -> None:
    text = ("Council votes on the plan\n\nSource: Town of Ashby\n\n"
            "The town council will vote on the park plan at its meeting on March 17, 2026.\n\n###\n\n"
            "County council meets\n\nSource: Burke County\n\n"
            "The county council meets on March 17, 2026 at 7 p.m.\n")
    assert len(_said(text)) == 2

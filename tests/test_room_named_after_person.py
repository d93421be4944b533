"""A meeting room named after a person whose first name is also a town's: "in the Shirley Boehm Heritage Room, 509
West 18th Street, Hermann, Missouri" (a hospital district's board notice, seen in world-hundredtwentyfourth, where
the meeting was put on London's clock) is in Missouri, not in Shirley, England. A room is named after a person as a
palace or a hospital is (parsers/placenames.py, _NAMED_BUILDING); a town's own room, its next word generic ("the
Toronto City Hall Council Room"), keeps its town. The texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from parsers.places import find_places

_REFERENCE = dt.date(2022, 5, 1)


def _names(text: str) -> list[str]:
    return [mention.place.name for mention in find_places(text)]


def test_a_room_named_after_a_person_is_no_town() -> None:
    assert "Shirley" not in _names("The trustees meet on 8 June in the Shirley Mandel Library Room, 12 Oak Street.")
    assert "Shirley" not in _names("Our board sits on 3 March in the Shirley Ackerman Conference Room of the clinic.")


def test_a_town_before_its_own_words_stays() -> None:
    assert "Toronto" in _names("The council meets in the Toronto City Hall Council Room at 2 p.m.")
    assert "Shirley" in _names("The fair opens in Shirley on Saturday.")


def test_the_notice_takes_the_state_clock() -> None:
    text = ("Notice of a board meeting\n\nSource: Example Valley Clinic District\n\n"
            "The trustees of the Example Valley Clinic District will meet on June 8, 2022 at 7:00 p.m. in the "
            "Shirley Mandel Library Room, 12 Oak Street, Hermann, Missouri.\n")
    events = extract(text, source="test", reference=_REFERENCE).events
    assert [f"{e.start.astimezone(dt.UTC):%Y-%m-%d %H:%M}" for e in events] == ["2022-06-09 00:00"]

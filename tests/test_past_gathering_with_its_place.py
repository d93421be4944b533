"""A gathering told in the past with its place between the verb and the day, "was convened in Bandar Seri Begawan
from 3 to 7 April", "held its 49th Meeting in Brunei from 3 to 7 April" (issue #10, "Not events": a report of a
council meeting names the town, however long its name, before the days): a day gone by, no event, as "was held in
Brunei from 3 to 7 April" already is. Seen in world-hundredsixteenth (a fisheries centre's council "convened in
Bandar Seri Begawan from 3 to 7 April 2017" was published beside the one event the report announced); the texts are
ours."""

from __future__ import annotations

import datetime as dt

from tests.conftest import days_of

_REFERENCE = dt.date(2026, 1, 10)


def _days(text: str) -> list[str]:
    return days_of(text, _REFERENCE)


def test_passive_past_with_a_long_town_name() -> None:
    text = ("Council of the fisheries centre\n\nSource: Fisheries Centre\n\n"
            "The 12th Meeting of the Council was convened in Kota Kinabalu City Sabah from 2 to 5 March 2026. "
            "The Council also backed a regional forum to be held in Manila on 14 September 2026.\n")
    assert _days(text) == ["2026-09-14"]


def test_held_its_meeting_in_a_town_from() -> None:
    text = ("Council of the fisheries centre\n\nSource: Fisheries Centre\n\n"
            "The Council held its 12th Meeting in Penang from 2 to 5 March 2026. "
            "It also backed a regional forum to be held in Manila on 14 September 2026.\n")
    assert _days(text) == ["2026-09-14"]


def test_aside_of_who_invited_the_meeting() -> None:
    text = ("Council of the fisheries centre\n\nSource: Fisheries Centre\n\n"
            "The Council held its 12th Meeting in Penang from 2 to 5 March 2026, invited by the Government of "
            "Malaysia. It also backed a regional forum to be held in Manila on 14 September 2026.\n")
    assert _days(text) == ["2026-09-14"]


def test_members_invited_still_announces() -> None:
    text = ("Council of the fisheries centre\n\nSource: Fisheries Centre\n\nPublished 1 February 2026\n\n"
            "Members are invited to the 12th Meeting of the Council in Penang from 2 to 5 March 2026.\n")
    assert _days(text) == ["2026-03-02"]


def test_future_passive_still_announces() -> None:
    text = ("Council of the fisheries centre\n\nSource: Fisheries Centre\n\nPublished 1 February 2026\n\n"
            "The 12th Meeting of the Council will be convened in Kota Kinabalu from 2 to 5 March 2026.\n")
    assert _days(text) == ["2026-03-02"]

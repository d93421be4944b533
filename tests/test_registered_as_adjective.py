""""Registered" before the people or bodies it describes ("registered voters", "registered members"), which is who an
event is for, not a registration (issue #10, "not an event"): the practicalities' word "registered" dropped a whole
sentence. Seen in world-hundredfortysecond (an embassy's notice that it stays open on two days "so that registered
overseas absentee voters ... can hand in their electoral ballots" published nothing); the texts are ours."""

from __future__ import annotations

import datetime as dt

from tests.conftest import starts_of

_REFERENCE = dt.date(2027, 4, 20)


def _starts(text: str) -> list[str]:
    return starts_of(text, _REFERENCE)


def test_registered_voters_after_the_day() -> None:
    text = ("Notice on postal ballots\n\nSource: Consulate of Ruritania, Leeds\n\nPublished 19 April 2027\n\n"
            "The consulate in Leeds opens on Saturday, 15 May 2027 from 10:00 a.m. to 4:00 p.m. so that registered "
            "voters can drop off their ballots.\n")
    assert _starts(text) == ["2027-05-15 10:00"]


def test_registered_members_before_the_day() -> None:
    text = ("General meeting\n\nSource: Ruritanian Association, Leeds\n\nPublished 19 April 2027\n\n"
            "Registered members vote at the general meeting on Tuesday, 18 May 2027 at 7:00 p.m. "
            "in the community hall in Leeds.\n")
    assert _starts(text) == ["2027-05-18 19:00"]


def test_registering_by_a_day_is_still_a_deadline() -> None:
    text = ("Badges\n\nSource: Ruritanian Association, Leeds\n\nPublished 19 April 2027\n\n"
            "Participants registered by Friday, 14 May 2027 at 5:00 p.m. will get a badge at the door.\n")
    assert _starts(text) == []

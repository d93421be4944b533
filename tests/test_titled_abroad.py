"""A title that puts the item in a city abroad ("Donor conference in Amman", "RECCA V in Dushanbe, 26-27 March 2012")
says where its events are, and so the zone of its bare times, when the body names that city too: an embassy in the
United Kingdom posting a conference agenda of Dushanbe (world-fiftyninth 8, read on London's clock). The organisation's
home says where it sits, not where its event is; a title naming a city at home, or the body naming another, leaves
the organisation's zone. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

FORUM = """Kenya-EU Business Forum in {town}, 14-15 May 2031

Source: Embassy of the Republic of Kenya in Germany

The second Kenya-EU Business Forum gathers investors and ministers in {town}.

Programme
Wednesday, May 14 |
09.00-10.00 |
Opening of the Forum |
10.30-12.00 |
Panel on green hydrogen |
"""

PLEDGES = """Donor conference in Amman, 3 April 2031

Source: Ministry of Foreign Affairs of Norway

Ministers of twenty countries meet in Amman to pledge support for refugees in the region. The State Secretary leads
Norway's delegation.

A press conference follows the pledging session at 15:30.
"""


def _offsets(text: str) -> set[dt.timedelta | None]:
    events = extract(text, source="embassy", reference=dt.date(2031, 3, 1), default_zone="UTC").events
    return {e.start.utcoffset() for e in events if not e.all_day}


@pytest.mark.parametrize(("town", "offset"), [
    ("Nairobi", 3),  # the title's city abroad, named again in the body: East Africa's clock
    ("Hamburg", 2),  # a city at home: the embassy's own clock (CEST)
])
def test_the_titled_city_gives_the_zone(town: str, offset: int) -> None:
    assert _offsets(FORUM.format(town=town)) == {dt.timedelta(hours=offset)}


def test_a_ministry_at_home_posting_a_meeting_abroad() -> None:
    assert _offsets(PLEDGES) == {dt.timedelta(hours=3)}  # Amman, UTC+3 in 2031


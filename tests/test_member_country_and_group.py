"""A member's country and political group in brackets after the name ("Malcolm REED (United Kingdom, LDR)"), as
parliamentary assemblies list their speakers, says whose the press conference is, not where: it stays on the clock of
the assembly's town. Texts in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_LIST = """Press conferences during the part-session, 12-16 May 2031

Source: Parliamentary Assembly of the Northern Seas

Press conferences

Assembly House, Strasbourg - Room 3

Tuesday 13 May

16 h 30

Fishing quotas in the northern seas: the Rapporteur, Alan REED (United Kingdom, LDR)

17 h 15

Ports and climate: Maria LOPES (Portugal, SOC)
"""


def test_the_members_country_is_not_the_place() -> None:
    events = [e for e in extract(_LIST, source="list", reference=dt.date(2031, 5, 1)).events if not e.all_day]
    assert [e.start.isoformat() for e in events] == ["2031-05-13T16:30:00+02:00", "2031-05-13T17:15:00+02:00"]

"""French: what came out of a vote named by its day, "le nouveau conseil, issu des élections du 14 mars 2027", "les
conseillers, élus lors du scrutin du 14 mars 2027": the day is the vote's, gone by, no event, whether the text has a
date of writing or only a later day of its own (issue #10, "nothing that is not an event"). Not a day to come that
a vote only precedes ("avant le scrutin du 14 mars 2027"). Seen in world-hundredtwentyeighth (a national assembly's
new legislature "issue des législatives du 20 décembre 2018" gave that day an event); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 12, 6)


def _days(text: str) -> list[dt.date]:
    return sorted(e.start.date() if isinstance(e.start, dt.datetime) else e.start
                  for e in extract(text, source="test", reference=_REFERENCE).events)


def test_the_vote_a_council_came_out_of_under_a_stamp() -> None:
    text = ("Conseil\n\nSource: Conseil régional\n\nPublié le 2 avril 2027\n\n"
            "Le nouveau conseil, issu des élections du 14 mars 2027, tiendra sa première séance le mardi 6 avril "
            "2027.\n")
    assert _days(text) == [dt.date(2027, 4, 6)]


def test_the_vote_members_were_elected_at_without_a_stamp() -> None:
    text = ("Conseil\n\nSource: Conseil régional\n\n"
            "La première séance du conseil se tiendra le mardi 6 avril 2027. Les conseillers, élus lors du scrutin "
            "du 14 mars 2027, y éliront leur président.\n")
    assert _days(text) == [dt.date(2027, 4, 6)]


def test_a_vote_to_come_stays() -> None:
    text = ("Conseil\n\nSource: Conseil régional\n\nPublié le 2 février 2027\n\n"
            "Le conseil se réunira une dernière fois avant le scrutin du 14 mars 2027.\n")
    assert dt.date(2027, 3, 14) in _days(text)

"""Days told first, then one sentence with each day's hours ("... on Tuesday, 12 October 2027 and Wednesday, 13
October 2027" / "Sittings run from 9:15 a.m. to 5:30 p.m. on 12 October and from 9:30 a.m. to 4:00 p.m. on 13
October"): the two timed days, and no run of the two days besides (issue #10, "Layout"); a trip whose days are told
in sentences of their own keeps its run. Seen in world-ninetyfirst (a tribunal's hearing notice); the texts are
ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2027, 10, 1)


def _events(text: str) -> list[str]:
    out = []
    for e in extract(text, source="test", reference=_REFERENCE).events:
        out.append(f"{e.start:%Y-%m-%d %H:%M}" if isinstance(e.start, dt.datetime) else
                   f"{e.start:%Y-%m-%d}..{e.end - dt.timedelta(days=1):%Y-%m-%d}")
    return sorted(out)


def test_hearing_days_then_their_hours() -> None:
    text = ("Appeal hearing in the harbour case\n\nSource: Tribunal\n\nThe Appeals Chamber will hear the appeals in "
            "the harbour case on Tuesday, 12 October 2027 and Wednesday, 13 October 2027, in Courtroom II in The "
            "Hague. Sittings run from 9:15 a.m. to 5:30 p.m. on 12 October and from 9:30 a.m. to 4:00 p.m. on "
            "13 October.\n")
    assert _events(text) == ["2027-10-12 09:15", "2027-10-13 09:30"]


def test_trip_told_day_by_day_keeps_its_run() -> None:
    text = ("The minister's visit to Ghana\n\nSource: Ministry\n\nThe minister visits Ghana from 12 to 13 October "
            "2027.\n\nOn 12 October at 10:00 she meets the President in Accra.\n\nOn 13 October at 9:00 she opens "
            "a school in Kumasi.\n")
    assert "2027-10-12..2027-10-13" in _events(text)

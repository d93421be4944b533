"""A note giving the day of every row that names none: "* All games Friday night unless otherwise noted" under a list
of games that give only their hour ("No. 17 Legacy (7-4) at No. 1 Cherry Creek (10-0), 7 p.m.: ..."), a few with a
day of their own ("1 p.m. Saturday").

A newspaper's preview of a round of high-school playoff games showed it: the rows with only an hour were put on the
day the preview was published, or on the Saturday of the row before, and the note made an all-day event. Each row
that names no day is on the note's day, the first such weekday from the page's date; the note is no event. The
texts are our own.
"""

from __future__ import annotations

import datetime as dt

from model import Article
from parsers import extract_articles

_SOCCER = """\
The state soccer playoffs reach the semifinals. Here is a look at each match.

Division I
No. 4 Lakeside (12-3) at No. 1 Maple Grove (15-0), 7 p.m.: Maple Grove has not lost at home in two years.
No. 3 Pine Bluff (11-4) at No. 2 Oak Ridge (14-1), 6:30 p.m.: A rematch of last year's final.
Division II
No. 5 Westport (10-5) at No. 1 Cedar Falls (13-2), 1 p.m. Saturday: Cedar Falls leans on its defence.
No. 3 Millbrook (12-3) at No. 2 Eastgate (12-2), 7:30 p.m.: Eastgate's forwards have scored 40 goals.

* All matches Friday night unless otherwise noted
"""

_PLAYS = """\
The drama festival closes with four one-act plays by school companies.

The Glass Orchard, by the Northside Players, 2 p.m.: a family story set in an orchard.
Night Ferry, by the Harbour Youth Theatre, 7:30 p.m.: a thriller on the last boat home.
Paper Crowns, by the Elm Street Company, 11 a.m. Sunday: a comedy for younger audiences.

All performances Saturday, unless otherwise noted.
"""


def _events(body: str, published: dt.date) -> list[tuple[dt.datetime | dt.date, str]]:
    article = Article(source="t", title="Previews", body=body, published=published)
    events = extract_articles([article], reference=published, default_zone="America/Denver").events
    return sorted(((e.start.astimezone(dt.UTC) if isinstance(e.start, dt.datetime) else e.start), e.summary)
                  for e in events)


def _at(day: int, hour: int, minute: int = 0, month: int = 10) -> dt.datetime:
    return dt.datetime(2031, month, day, hour, minute, tzinfo=dt.UTC)


def test_rows_without_a_day_are_on_the_notes_day() -> None:
    found = _events(_SOCCER, dt.date(2031, 10, 15))  # a Wednesday
    starts = [start for start, _ in found]
    # Friday 17 October (Mountain, UTC-6): 6:30, 7 and 7:30 p.m.; Saturday 18 October at 1 p.m.
    assert starts == [_at(18, 0, 30), _at(18, 1), _at(18, 1, 30), _at(18, 19)], found


def test_the_note_is_no_event() -> None:
    found = _events(_SOCCER, dt.date(2031, 10, 15))
    assert not any("unless" in summary.lower() for _, summary in found), found


def test_a_row_after_a_row_with_its_own_day_keeps_the_notes_day() -> None:
    found = _events(_PLAYS, dt.date(2031, 10, 22))  # a Wednesday: the note's Saturday is 25 October
    starts = [start for start, _ in found]
    assert starts == [_at(25, 20), _at(26, 1, 30), _at(26, 17)], found

"""A date misprinted beside its right one: no second event on the day the slip names.

Form: meeting listings that state a meeting in a sentence ("will meet at 9:00 a.m. on Tuesday, July 18, 2023") and
again in a field whose date is a slip ("Date & Time: Tuesday, July 23, 2023 at 9:00 a.m.", a Sunday). Seen on an
airport authority's board-papers listing (ind.com, pages-p29). Texts of our own here.
"""

from __future__ import annotations

import datetime as dt

from model import Article
from parsers import extract_articles


def _days(text: str) -> list[tuple[dt.date, int]]:
    events = extract_articles([Article(source="t", title="Meetings", body=text)], reference=dt.date(2031, 1, 5)).events
    return sorted((e.start.date(), e.start.hour) for e in events if isinstance(e.start, dt.datetime))


def test_the_misprinted_field_gives_no_second_event() -> None:
    text = ("The Audit Committee of the Harbour Trust will meet at 9:00 a.m. on Tuesday, March 11, 2031, in the "
            "board room.\n\nDate & Time: Tuesday, March 13, 2031 at 9:00 a.m.")  # 13 March 2031 is a Thursday
    assert _days(text) == [(dt.date(2031, 3, 11), 9)]


def test_a_wrong_weekday_alone_is_kept() -> None:
    text = "The Audit Committee of the Harbour Trust will meet at 9:00 a.m. on Tuesday, March 13, 2031."
    assert _days(text) == [(dt.date(2031, 3, 13), 9)]


def test_two_meetings_at_other_hours_are_both_kept() -> None:
    text = ("The board meets at 9:00 a.m. on Tuesday, March 11, 2031.\n\n"
            "The finance committee meets at 2:00 p.m. on Tuesday, March 13, 2031.")
    assert len(_days(text)) == 2


def test_a_day_long_slip_of_a_figure_beside_the_right_day_is_left_out() -> None:
    # "Thursday, March 3" (a Monday in 2031) beside "Thursday, March 13" at 4 p.m.: the figure "1" of "13" dropped
    text = ("Posted March 10, 2031\n\nThe committee has set its hearing for Thursday, March 3. The hearing is "
            "scheduled for Thursday, March 13, at 4:00 p.m. in room 2.")
    events = extract_articles([Article(source="t", title="Hearing", body=text)], reference=dt.date(2031, 3, 1)).events
    assert [str(e.start)[:16] for e in events] == ["2031-03-13 16:00"]


def test_a_wrong_weekday_far_from_any_like_figure_is_kept() -> None:
    text = ("Posted March 10, 2031\n\nThe fair opens on Thursday, March 5. The hearing is scheduled for Thursday, "
            "March 13, at 4:00 p.m.")
    events = extract_articles([Article(source="t", title="Hearing", body=text)], reference=dt.date(2031, 3, 1)).events
    assert sorted(str(e.start)[:16] for e in events) == ["2031-03-05", "2031-03-13 16:00"]
